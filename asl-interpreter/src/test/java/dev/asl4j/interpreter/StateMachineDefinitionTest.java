package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StateMachineDefinitionTest {
  private final VirtualTimeScheduler time = new VirtualTimeScheduler();
  private final AslEngine engine = AslEngine.builder().scheduler(time).seed(7).build();

  private static List<String> types(ExecutionResult r) {
    return r.history().stream().map(HistoryEvent::type).collect(Collectors.toList());
  }

  @Test
  void passChainAppliesPathsAndRecordsAwsHistory() {
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'A','States':{"
        + "'A':{'Type':'Pass','Parameters':{'x.$':'$.in'},'ResultPath':'$.a','Next':'B'},"
        + "'B':{'Type':'Pass','Result':{'k':1},'ResultPath':'$.b','OutputPath':'$.b','End':true}}}"));
    ExecutionResult r = d.run(Json.parse("{'in':5}"));
    assertThat(r.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.output()).isEqualTo(Json.parse("{'k':1}"));
    assertThat(types(r)).containsExactly("ExecutionStarted", "PassStateEntered", "PassStateExited",
        "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
    HistoryEvent exited = r.history().get(2);
    assertThat(exited.id()).isEqualTo(3);
    assertThat(exited.previousEventId()).isEqualTo(2);
    assertThat(exited.toJson().path("stateExitedEventDetails").path("output").asText())
        .isEqualTo("{\"in\":5,\"a\":{\"x\":5}}");
  }

  @Test
  void choiceFallsBackToDefaultAndFailsWithoutOne() {
    String def = "{'StartAt':'C','States':{'C':{'Type':'Choice','Choices':[{'Variable':'$.n',"
        + "'NumericGreaterThan':1,'Next':'Big'}]%s},'Big':{'Type':'Succeed'}%s}}";
    StateMachineDefinition withDefault = engine.load(Json.parse(
        String.format(def, ",'Default':'Small'", ",'Small':{'Type':'Succeed'}")));
    assertThat(withDefault.run(Json.parse("{'n':0}")).history().get(3).toJson()
        .path("stateEnteredEventDetails").path("name").asText()).isEqualTo("Small");
    StateMachineDefinition without = engine.load(Json.parse(String.format(def, "", "")));
    ExecutionResult r = without.run(Json.parse("{'n':0}"));
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.error()).isEqualTo("States.NoChoiceMatched");
  }

  @Test
  void waitOfAYearTakesNoRealTimeWithVirtualTime() {
    StateMachineDefinition d = engine.load(Json.parse(
        "{'StartAt':'W','States':{'W':{'Type':'Wait','Seconds':31000000,'End':true}}}"));
    Instant before = time.now();
    ExecutionResult r = d.run(Json.parse("{}"));
    assertThat(r.succeeded()).isTrue();
    assertThat(Duration.between(before, time.now())).isEqualTo(Duration.ofSeconds(31000000));
    assertThat(r.history().get(2).timestamp()).isEqualTo(before.plusSeconds(31000000));
  }

  @Test
  void startedExecutionWaitsUntilTimeAdvances() {
    StateMachineDefinition d = engine.load(Json.parse(
        "{'StartAt':'W','States':{'W':{'Type':'Wait','SecondsPath':'$.s','End':true}}}"));
    Execution ex = d.start(Json.parse("{'s':60}"));
    assertThat(ex.status()).isEqualTo(ExecutionStatus.RUNNING);
    time.advance(Duration.ofSeconds(59));
    assertThat(ex.status()).isEqualTo(ExecutionStatus.RUNNING);
    time.advance(Duration.ofSeconds(1));
    assertThat(ex.result()).get().extracting(ExecutionResult::status)
        .isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void waitPathErrorsUseAwsCauses() {
    StateMachineDefinition d = engine.load(Json.parse(
        "{'StartAt':'W','States':{'W':{'Type':'Wait','SecondsPath':'$.s','End':true}}}"));
    ExecutionResult r = d.run(Json.parse("{'s':-1}"));
    assertThat(r.error()).isEqualTo("States.Runtime");
    assertThat(r.cause()).isEqualTo("An error occurred while executing the state 'W' (entered at"
        + " the event id #2). The SecondsPath parameter references a negative value: $.s == -1");
  }

  @Test
  void contextObjectReflectsStartOptions() {
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'P','States':{'P':{'Type':'Pass',"
        + "'Parameters':{'name.$':'$$.Execution.Name','sm.$':'$$.StateMachine.Name',"
        + "'state.$':'$$.State.Name','start.$':'$$.Execution.StartTime'},'End':true}}}"),
        LoadOptions.defaults().withName("Orders"));
    ExecutionResult r = d.run(Json.parse("{}"), StartOptions.defaults().withName("run-1")
        .withStartTime(Instant.parse("2024-05-01T12:00:00Z")));
    assertThat(r.output()).isEqualTo(Json.parse("{'name':'run-1','sm':'Orders','state':'P',"
        + "'start':'2024-05-01T12:00:00Z'}"));
  }

  @Test
  void failStateReportsErrorAndCause() {
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'F','States':{'F':{'Type':'Fail',"
        + "'Error':'Boom','Cause':'because'}}}"));
    ExecutionResult r = d.run(null);
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.error()).isEqualTo("Boom");
    assertThat(r.cause()).isEqualTo("because");
    assertThat(types(r)).containsExactly("ExecutionStarted", "FailStateEntered", "ExecutionFailed");
  }

  @Test
  void machineTimeoutEndsTimedOut() {
    StateMachineDefinition d = engine.load(Json.parse("{'TimeoutSeconds':5,'StartAt':'W','States':"
        + "{'W':{'Type':'Wait','Seconds':10,'End':true}}}"));
    ExecutionResult r = d.run(null);
    assertThat(r.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(types(r)).containsExactly("ExecutionStarted", "WaitStateEntered",
        "WaitStateAborted", "ExecutionTimedOut");
  }

  @Test
  void stopAbortsAWaitingExecution() {
    StateMachineDefinition d = engine.load(Json.parse(
        "{'StartAt':'W','States':{'W':{'Type':'Wait','Seconds':10,'End':true}}}"));
    Execution ex = d.start(null);
    ex.stop("Cancelled", "user asked");
    ExecutionResult r = ex.awaitResult(Duration.ofSeconds(1));
    assertThat(r.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(r.error()).isEqualTo("Cancelled");
    assertThat(time.pendingTimers()).isZero();
  }

  @Test
  void outputOverThePayloadLimitFailsWithDataLimitExceeded() {
    AslEngine small = AslEngine.builder().scheduler(time).maxPayloadBytes(64).build();
    StateMachineDefinition d = small.load(Json.parse("{'StartAt':'P','States':{'P':{'Type':'Pass',"
        + "'Result':'" + "x".repeat(100) + "','End':true}}}"));
    ExecutionResult r = d.run(null);
    assertThat(r.error()).isEqualTo("States.DataLimitExceeded");
    assertThat(r.cause()).isEqualTo("The state/task 'P' returned a result with a size exceeding the"
        + " maximum number of bytes service limit.");
  }

  @Test
  void listenersSeeEveryEventAndTheEnd() {
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    AslEngine e = AslEngine.builder().scheduler(time).listener(new ExecutionListener() {
      @Override
      public void onEvent(Execution ex, HistoryEvent event) {
        seen.add(event.type());
      }

      @Override
      public void onEnd(Execution ex, ExecutionResult r) {
        seen.add("end:" + r.status());
      }
    }).build();
    ExecutionResult r = e.load(Json.parse("{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}"))
        .run(null);
    assertThat(seen).containsExactly("ExecutionStarted", "PassStateEntered", "PassStateExited",
        "ExecutionSucceeded", "end:SUCCEEDED");
    assertThat(r.history()).hasSize(4);
  }

  @Test
  void oversizedInputIsRefusedAtStart() {
    AslEngine small = AslEngine.builder().scheduler(time).maxPayloadBytes(16).build();
    StateMachineDefinition d = small.load(Json.parse(
        "{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.start(Json.parse("{'k':'" + "x".repeat(40) + "'}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPayloadBytes");
  }

  @Test
  void jsonPathAssignOnWaitAndCatcher() {
    AslEngine e = AslEngine.builder().scheduler(time).build();
    StateMachineDefinition d = e.load(Json.parse("{'StartAt':'W','States':{"
        + "'W':{'Type':'Wait','Seconds':1,'Assign':{'seen.$':'$.v'},'Next':'P'},"
        + "'P':{'Type':'Parallel','Branches':[{'StartAt':'F','States':{'F':{'Type':'Fail',"
        + "'Error':'E','Cause':'C'}}}],'Catch':[{'ErrorEquals':['States.ALL'],"
        + "'Assign':{'err.$':'$.Error'},'Next':'Out'}],'End':true},"
        + "'Out':{'Type':'Pass','Parameters':{'seen.$':'$seen','err.$':'$err'},'End':true}}}"));
    assertThat(d.run(Json.parse("{'v':3}")).output()).isEqualTo(Json.parse("{'seen':3,'err':'E'}"));
  }

  @Test
  void historyLimitFailsARunawayLoop() {
    AslEngine limited = AslEngine.builder().scheduler(time).historyLimit(100).build();
    StateMachineDefinition d = limited.load(Json.parse(
        "{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B'},'B':{'Type':'Choice','Choices':["
            + "{'Variable':'$.stop','IsPresent':true,'Next':'Done'}],'Default':'A'},"
            + "'Done':{'Type':'Succeed'}}}"));
    ExecutionResult r = d.run(null);
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.history()).hasSize(100);
  }

  @Test
  void definitionIsSharedSafelyAcrossThreads() throws Exception {
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'A','States':{'A':{'Type':'Pass',"
        + "'Parameters':{'v.$':'$.v'},'End':true}}}"));
    List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger ok = new java.util.concurrent.atomic.AtomicInteger();
    for (int t = 0; t < 4; t++) {
      int n = t;
      threads.add(new Thread(() -> {
        for (int i = 0; i < 500; i++) {
          if (d.run(Json.parse("{'v':" + (n * 1000 + i) + "}")).output().path("v").asInt() == n * 1000 + i) {
            ok.incrementAndGet();
          }
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertThat(ok.get()).isEqualTo(2000);
  }
}
