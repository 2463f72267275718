package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.spi.TaskFailedException;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskRequest;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TaskStateTest {
  private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:work";
  private final VirtualTimeScheduler time = new VirtualTimeScheduler();

  private static List<String> types(ExecutionResult r) {
    return r.history().stream().map(HistoryEvent::type).collect(Collectors.toList());
  }

  private StateMachineDefinition load(AslEngine engine, String task) {
    String caught = task.contains("'Caught'") ? ",'Caught':{'Type':'Pass','End':true}" : "";
    return engine.load(Json.parse("{'StartAt':'T','States':{'T':" + task + caught + "}}"));
  }

  @Test
  void legacyLambdaPipelineAndEvents() {
    AslEngine engine = AslEngine.builder().scheduler(time)
        .taskHandler(FN, r -> Json.parse("{'sum':" + (r.input().path("a").asInt() + 1) + ",'x':0}"))
        .build();
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'T','States':{'T':{'Type':'Task',"
        + "'Resource':'" + FN + "','Parameters':{'a.$':'$.n'},'ResultSelector':{'s.$':'$.sum'},"
        + "'ResultPath':'$.r','End':true}}}"));
    ExecutionResult r = d.run(Json.parse("{'n':41}"));
    assertThat(r.output()).isEqualTo(Json.parse("{'n':41,'r':{'s':42}}"));
    assertThat(types(r)).containsExactly("ExecutionStarted", "TaskStateEntered",
        "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded",
        "TaskStateExited", "ExecutionSucceeded");
  }

  @Test
  void retriesWithBackoffThenCatches() {
    AtomicInteger calls = new AtomicInteger();
    List<Instant> when = new ArrayList<>();
    AslEngine engine = AslEngine.builder().scheduler(time).taskHandler(FN, r -> {
      calls.incrementAndGet();
      when.add(time.now());
      throw new TaskFailedException("Flaky", "try again");
    }).build();
    StateMachineDefinition d = load(engine, "{'Type':'Task','Resource':'" + FN + "','Retry':[{"
        + "'ErrorEquals':['Flaky'],'IntervalSeconds':2,'BackoffRate':3,'MaxAttempts':3,"
        + "'MaxDelaySeconds':10}],'Catch':[{'ErrorEquals':['States.ALL'],'ResultPath':'$.err',"
        + "'Next':'Caught'}],'End':true}");
    ExecutionResult r = d.run(Json.parse("{}"));
    assertThat(calls.get()).isEqualTo(4);
    assertThat(Duration.between(when.get(0), when.get(1))).isEqualTo(Duration.ofSeconds(2));
    assertThat(Duration.between(when.get(1), when.get(2))).isEqualTo(Duration.ofSeconds(6));
    assertThat(Duration.between(when.get(2), when.get(3))).isEqualTo(Duration.ofSeconds(10));
    assertThat(r.output()).isEqualTo(Json.parse("{'err':{'Error':'Flaky','Cause':'try again'}}"));
  }

  @Test
  void retryCountIsVisibleInTheContextObject() {
    AslEngine engine = AslEngine.builder().scheduler(time).taskHandler(FN, r -> {
      if (r.attempt() < 2) {
        throw new TaskFailedException("Flaky", null);
      }
      return r.input();
    }).build();
    StateMachineDefinition d = load(engine, "{'Type':'Task','Resource':'" + FN + "',"
        + "'Parameters':{'n.$':'$$.State.RetryCount'},'Retry':[{'ErrorEquals':['States.ALL']}],"
        + "'End':true}");
    assertThat(d.run(null).output()).isEqualTo(Json.parse("{'n':2}"));
  }

  @Test
  void statesAllDoesNotCatchRuntimeErrors() {
    AslEngine engine = AslEngine.builder().scheduler(time).taskHandler(FN, r -> r.input()).build();
    StateMachineDefinition d = load(engine, "{'Type':'Task','Resource':'" + FN + "','OutputPath':"
        + "'$.missing','Catch':[{'ErrorEquals':['States.ALL'],'Next':'Caught'}],'End':true}");
    ExecutionResult r = d.run(Json.parse("{}"));
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.error()).isEqualTo("States.Runtime");
    assertThat(r.cause()).startsWith("An error occurred while executing the state 'T' (entered at"
        + " the event id #2). Invalid path '$.missing'");
  }

  @Test
  void taskFailedWildcardDoesNotMatchTimeouts() {
    AslEngine engine = AslEngine.builder().scheduler(time)
        .taskHandler(FN, TaskHandler.async(r -> TaskHandler.hang())).build();
    StateMachineDefinition d = load(engine, "{'Type':'Task','Resource':'" + FN + "',"
        + "'TimeoutSeconds':3,'Catch':[{'ErrorEquals':['States.TaskFailed'],'Next':'Caught'}],"
        + "'End':true}");
    ExecutionResult r = d.run(null);
    assertThat(r.error()).isEqualTo("States.Timeout");
    assertThat(types(r)).contains("LambdaFunctionTimedOut");
  }

  @Test
  void handlerExceptionsBecomeTaskFailures() {
    AslEngine engine = AslEngine.builder().scheduler(time).taskHandler(FN, r -> {
      throw new IllegalStateException("broken");
    }).build();
    ExecutionResult r = load(engine, "{'Type':'Task','Resource':'" + FN + "','End':true}").run(null);
    assertThat(r.error()).isEqualTo("States.TaskFailed");
    assertThat(r.cause()).isEqualTo("java.lang.IllegalStateException: broken");
  }

  @Test
  void unresolvedResourceFailsTheExecution() {
    AslEngine engine = AslEngine.builder().scheduler(time).build();
    ExecutionResult r = load(engine, "{'Type':'Task','Resource':'" + FN + "','End':true}").run(null);
    assertThat(r.error()).isEqualTo("States.Runtime");
    assertThat(r.cause()).contains("No TaskHandler or TaskResolver handles the resource");
  }

  @Test
  void resolversAreAskedAfterRegisteredHandlers() {
    AslEngine engine = AslEngine.builder().scheduler(time)
        .taskResolver(res -> Optional.of(r -> Json.parse("'resolved'")))
        .taskHandler(FN, r -> Json.parse("'registered'")).build();
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'A','States':{"
        + "'A':{'Type':'Task','Resource':'" + FN + "','ResultPath':'$.a','Next':'B'},"
        + "'B':{'Type':'Task','Resource':'arn:aws:states:::sns:publish','ResultPath':'$.b','End':true}}}"));
    assertThat(d.run(Json.parse("{}")).output())
        .isEqualTo(Json.parse("{'a':'registered','b':'resolved'}"));
  }

  @Test
  void lambdaInvokeIntegrationWrapsAFunctionHandler() {
    AslEngine engine = AslEngine.builder().scheduler(time)
        .taskHandler(FN, r -> Json.parse("{'echo':" + r.input() + "}")).build();
    StateMachineDefinition d = load(engine, "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
        + "'Parameters':{'FunctionName':'work','Payload':{'v':1}},'OutputPath':'$.Payload','End':true}");
    ExecutionResult r = d.run(null);
    assertThat(r.output()).isEqualTo(Json.parse("{'echo':{'v':1}}"));
    assertThat(types(r)).contains("TaskScheduled", "TaskStarted", "TaskSucceeded");
  }

  @Test
  void asyncHandlersHoldNoThreadAndCompleteLater() throws Exception {
    ScheduledExecutorService pool = Executors.newSingleThreadScheduledExecutor();
    try {
      AslEngine engine = AslEngine.builder().scheduler(time).taskHandler(FN, TaskHandler.async(r -> {
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pool.schedule(() -> f.complete(Json.parse("{'late':true}")), 50, TimeUnit.MILLISECONDS);
        return f;
      })).build();
      StateMachineDefinition d = load(engine, "{'Type':'Task','Resource':'" + FN + "',"
          + "'TimeoutSeconds':1,'End':true}");
      Execution ex = d.start(null);
      assertThat(ex.status()).isEqualTo(ExecutionStatus.RUNNING);
      // Virtual time must not run into the 1 s timeout while the task is in flight.
      assertThat(ex.awaitResult(Duration.ofSeconds(10)).output())
          .isEqualTo(Json.parse("{'late':true}"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void taskRequestCarriesStateContextAndTimeouts() {
    List<TaskRequest> seen = new ArrayList<>();
    AslEngine engine = AslEngine.builder().scheduler(time).taskHandler(FN, r -> {
      seen.add(r);
      return r.input();
    }).build();
    load(engine, "{'Type':'Task','Resource':'" + FN + "','TimeoutSeconds':30,'HeartbeatSeconds':10,"
        + "'End':true}").run(Json.parse("{'k':1}"));
    TaskRequest r = seen.get(0);
    assertThat(r.stateName()).isEqualTo("T");
    assertThat(r.timeout()).contains(Duration.ofSeconds(30));
    assertThat(r.heartbeat()).contains(Duration.ofSeconds(10));
    assertThat(r.taskToken()).isEmpty();
    assertThat(r.context().path("State").path("Name").asText()).isEqualTo("T");
  }
}
