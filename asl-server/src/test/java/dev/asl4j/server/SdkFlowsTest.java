package dev.asl4j.server;

import static dev.asl4j.server.Flows.ROLE;
import static dev.asl4j.server.Flows.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.HistoryEvent;
import dev.asl4j.interpreter.StateMachineDefinition;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * The real AWS SDK for Java v2 drives the server through the sample workflows; every outcome
 * (status, output or error and cause, the history's event types) equals the in-process engine's.
 */
class SdkFlowsTest {
  private SfnServer s;

  @AfterEach
  void stop() {
    if (s != null) {
      s.close();
    }
  }

  private String create(String name, String definition) {
    return s.sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE))
        .stateMachineArn();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"orderId\":\"o-1\",\"amount\":40}",
      "{\"orderId\":\"o-2\",\"amount\":400}",
      "{\"orderId\":\"bad\",\"amount\":10}"})
  void sagaEndsAsInProcess(String input) throws Exception {
    s = SfnServer.start(Flows.sagaHandlers());
    String definition = Flows.sample("order-saga", "order-saga.asl.json");
    String arn = create("order-saga", definition);
    assertThat(arn).isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:order-saga");
    String exec = s.sfn.startExecution(b -> b.stateMachineArn(arn).name("run-1").input(input))
        .executionArn();
    assertThat(exec).isEqualTo("arn:aws:states:us-east-1:123456789012:execution:order-saga:run-1");
    DescribeExecutionResponse d = Flows.awaitEnd(s.sfn, exec);

    ExecutionResult local = inProcess(Flows.sagaHandlers(), definition).run(json(input));
    assertThat(d.statusAsString()).isEqualTo(local.status().name());
    if (local.succeeded()) {
      assertThat(json(d.output())).isEqualTo(local.output());
    } else {
      assertThat(d.error()).isEqualTo(local.error());
      assertThat(d.cause()).isEqualTo(local.cause());
    }
    assertThat(Flows.types(Flows.history(s.sfn, exec))).isEqualTo(types(local.history()));
  }

  @Test
  void approvalCompletesWithTheTokenReadFromHistory() throws Exception {
    s = SfnServer.start(Flows.approvalHandlers());
    String definition = Flows.sample("order-approval", "order-approval.asl.json");
    String arn = create("order-approval", definition);
    String input = "{\"order\":{\"orderId\":\"o-9\",\"total\":12}}";
    String exec = s.sfn.startExecution(b -> b.stateMachineArn(arn).input(input)).executionArn();
    var scheduled = Flows.awaitEvent(s.sfn, exec, "TaskScheduled");
    String token = json(scheduled.taskScheduledEventDetails().parameters())
        .path("Payload").path("taskToken").asText();
    assertThat(token).isNotEmpty();
    assertThat(s.sfn.describeExecution(b -> b.executionArn(exec)).status())
        .isEqualTo(ExecutionStatus.RUNNING);
    s.sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"approved\":true}"));
    DescribeExecutionResponse d = Flows.awaitEnd(s.sfn, exec);

    AtomicReference<String> localToken = new AtomicReference<>();
    Map<String, TaskHandler> h = new java.util.LinkedHashMap<>(Flows.approvalHandlers());
    h.put("arn:aws:states:::lambda:invoke.waitForTaskToken", r -> {
      localToken.set(r.taskToken().orElseThrow());
      return json("{}");
    });
    AslEngine engine = engine(h);
    Execution ex = engine.load(definition, "order-approval.asl.json").start(json(input));
    engine.sendTaskSuccess(localToken.get(), json("{\"approved\":true}"));
    ExecutionResult local = ex.awaitResult(Duration.ofSeconds(5));
    assertThat(d.statusAsString()).isEqualTo("SUCCEEDED").isEqualTo(local.status().name());
    assertThat(json(d.output())).isEqualTo(local.output());
    assertThat(json(d.output()).path("fulfilled").asBoolean()).isTrue();
    assertThat(Flows.types(Flows.history(s.sfn, exec))).isEqualTo(types(local.history()));
  }

  @Test
  void activityWorkerPollsAndCompletes() throws Exception {
    s = SfnServer.start(Map.of());
    String activity = s.sfn.createActivity(b -> b.name("pack")).activityArn();
    assertThat(activity).isEqualTo("arn:aws:states:us-east-1:123456789012:activity:pack");
    String arn = create("packing", "{\"StartAt\":\"Pack\",\"States\":{\"Pack\":{\"Type\":\"Task\","
        + "\"Resource\":\"" + activity + "\",\"End\":true}}}");
    // the worker polls first: its long poll waits for the task
    var poll = java.util.concurrent.CompletableFuture.supplyAsync(() ->
        s.sfn.getActivityTask(b -> b.activityArn(activity).workerName("worker-7")));
    String exec = s.sfn.startExecution(b -> b.stateMachineArn(arn).input("{\"box\":3}"))
        .executionArn();
    var task = poll.get(20, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(json(task.input())).isEqualTo(json("{\"box\":3}"));
    s.sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{\"packed\":3}"));
    DescribeExecutionResponse d = Flows.awaitEnd(s.sfn, exec);
    assertThat(d.statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(json(d.output())).isEqualTo(json("{\"packed\":3}"));
    var history = Flows.history(s.sfn, exec);
    assertThat(Flows.types(history)).containsSubsequence(
        "ActivityScheduled", "ActivityStarted", "ActivitySucceeded", "ExecutionSucceeded");
    assertThat(history.stream().filter(e -> e.activityStartedEventDetails() != null)
        .map(e -> e.activityStartedEventDetails().workerName())).containsExactly("worker-7");
  }

  @Test
  void emptyActivityPollAnswersNoToken() throws Exception {
    s = SfnServer.start(Map.of(), b -> b.activityPollTimeout(Duration.ofMillis(200)));
    String activity = s.sfn.createActivity(b -> b.name("idle")).activityArn();
    var task = s.sfn.getActivityTask(b -> b.activityArn(activity));
    assertThat(task.taskToken()).isNull();
  }

  @Test
  void expressStartSyncExecutionOfFiveStates() throws Exception {
    s = SfnServer.start(Map.of());
    String definition = "{\"StartAt\":\"A\",\"States\":{"
        + "\"A\":{\"Type\":\"Pass\",\"Parameters\":{\"n.$\":\"$.n\",\"step\":1},\"Next\":\"B\"},"
        + "\"B\":{\"Type\":\"Pass\",\"Parameters\":{\"n.$\":\"States.MathAdd($.n, 1)\"},\"Next\":\"C\"},"
        + "\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericGreaterThan\":5,"
        + "\"Next\":\"Big\"}],\"Default\":\"Small\"},"
        + "\"Big\":{\"Type\":\"Pass\",\"Result\":\"big\",\"ResultPath\":\"$.size\",\"Next\":\"Done\"},"
        + "\"Small\":{\"Type\":\"Pass\",\"Result\":\"small\",\"ResultPath\":\"$.size\",\"Next\":\"Done\"},"
        + "\"Done\":{\"Type\":\"Succeed\"}}}";
    String arn = s.sfn.createStateMachine(b -> b.name("five").definition(definition).roleArn(ROLE)
        .type("EXPRESS")).stateMachineArn();
    var r = s.sfn.startSyncExecution(b -> b.stateMachineArn(arn).input("{\"n\":7}"));
    AslEngine engine = engine(Map.of());
    ExecutionResult local = engine.load(definition, "five.asl.json",
        dev.asl4j.interpreter.LoadOptions.defaults().withType(
            dev.asl4j.parser.model.StateMachineType.EXPRESS)).run(json("{\"n\":7}"));
    assertThat(r.statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(json(r.output())).isEqualTo(local.output()).isEqualTo(json("{\"n\":8,\"size\":\"big\"}"));
    assertThat(r.executionArn()).startsWith("arn:aws:states:us-east-1:123456789012:express:five:");
    assertThat(r.billingDetails().billedDurationInMilliseconds()).isGreaterThanOrEqualTo(100);
  }

  @Test
  void testStateRunsOneState() throws Exception {
    s = SfnServer.start(Map.of());
    var r = s.sfn.testState(b -> b.definition("{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":"
        + "\"$.n\",\"NumericGreaterThan\":5,\"Next\":\"Big\"}],\"Default\":\"Small\"}")
        .roleArn(ROLE).input("{\"n\":9}"));
    assertThat(r.statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(r.nextState()).isEqualTo("Big");
    assertThat(json(r.output())).isEqualTo(json("{\"n\":9}"));
    var failed = s.sfn.testState(b -> b.definition("{\"Type\":\"Task\",\"Resource\":"
        + "\"arn:aws:states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":\"f\"},"
        + "\"Retry\":[{\"ErrorEquals\":[\"Boom\"]}],\"End\":true}").roleArn(ROLE)
        .mock(m -> m.errorOutput(e -> e.error("Boom").cause("it broke"))));
    assertThat(failed.statusAsString()).isEqualTo("RETRIABLE");
    assertThat(failed.error()).isEqualTo("Boom");
    assertThat(failed.cause()).isEqualTo("it broke");
  }

  @Test
  void versionsAndAliasesRouteExecutions() throws Exception {
    s = SfnServer.start(Map.of());
    String v1def = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":1,\"End\":true}}}";
    String v2def = v1def.replace("\"Result\":1", "\"Result\":2");
    var created = s.sfn.createStateMachine(b -> b.name("ver").definition(v1def).roleArn(ROLE)
        .publish(true).versionDescription("first"));
    String arn = created.stateMachineArn();
    assertThat(created.stateMachineVersionArn()).isEqualTo(arn + ":1");
    var updated = s.sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(v2def).publish(true));
    assertThat(updated.stateMachineVersionArn()).isEqualTo(arn + ":2");
    assertThat(s.sfn.listStateMachineVersions(b -> b.stateMachineArn(arn)).stateMachineVersions())
        .extracting(v -> v.stateMachineVersionArn()).containsExactly(arn + ":2", arn + ":1");
    assertThat(s.sfn.describeStateMachine(b -> b.stateMachineArn(arn + ":1")).definition())
        .isEqualTo(v1def);
    String alias = s.sfn.createStateMachineAlias(b -> b.name("prod").routingConfiguration(
        rc -> rc.stateMachineVersionArn(arn + ":1").weight(100))).stateMachineAliasArn();
    assertThat(alias).isEqualTo(arn + ":prod");
    String exec = s.sfn.startExecution(b -> b.stateMachineArn(alias)).executionArn();
    DescribeExecutionResponse d = Flows.awaitEnd(s.sfn, exec);
    assertThat(d.output()).isEqualTo("1");
    assertThat(d.stateMachineAliasArn()).isEqualTo(alias);
    assertThat(d.stateMachineVersionArn()).isEqualTo(arn + ":1");
    assertThat(Flows.awaitEnd(s.sfn, s.sfn.startExecution(b -> b.stateMachineArn(arn)).executionArn())
        .output()).isEqualTo("2");
    s.sfn.updateStateMachineAlias(b -> b.stateMachineAliasArn(alias).routingConfiguration(
        rc -> rc.stateMachineVersionArn(arn + ":2").weight(100)));
    assertThat(Flows.awaitEnd(s.sfn, s.sfn.startExecution(b -> b.stateMachineArn(alias))
        .executionArn()).output()).isEqualTo("2");
    assertThat(s.sfn.listExecutions(b -> b.stateMachineArn(alias)).executions()).hasSize(2);
    assertThat(s.sfn.listStateMachineAliases(b -> b.stateMachineArn(arn)).stateMachineAliases())
        .extracting(a -> a.stateMachineAliasArn()).containsExactly(alias);
    var conflict = org.assertj.core.api.Assertions.catchThrowableOfType(() ->
        s.sfn.deleteStateMachineVersion(b -> b.stateMachineVersionArn(arn + ":2")),
        software.amazon.awssdk.services.sfn.model.ConflictException.class);
    assertThat(conflict.awsErrorDetails().errorMessage()).contains(alias);
    s.sfn.deleteStateMachineVersion(b -> b.stateMachineVersionArn(arn + ":1"));
    assertThat(s.sfn.listStateMachineVersions(b -> b.stateMachineArn(arn)).stateMachineVersions())
        .hasSize(1);
  }

  private static AslEngine engine(Map<String, TaskHandler> handlers) {
    AslEngine.Builder b = AslEngine.builder().scheduler(new VirtualTimeScheduler());
    handlers.forEach(b::taskHandler);
    return b.build();
  }

  private static StateMachineDefinition inProcess(Map<String, TaskHandler> h, String definition) {
    return engine(h).load(definition, "order-saga.asl.json");
  }

  private static List<String> types(List<HistoryEvent> events) {
    return events.stream().map(HistoryEvent::type).collect(Collectors.toList());
  }
}
