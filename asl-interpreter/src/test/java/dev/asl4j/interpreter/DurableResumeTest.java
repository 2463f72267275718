package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asl4j.interpreter.spi.InMemoryExecutionStore;
import dev.asl4j.interpreter.spi.StoreException;
import dev.asl4j.interpreter.spi.TaskFailedException;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.asl4j.interpreter.spi.StoredExecution;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An engine dropped without closing (as a crash would) and a new engine on the same store: the
 * new one resumes every unfinished execution from its last checkpoint.
 */
class DurableResumeTest {
  private static final String SQS = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";
  private static final String WORK = "arn:aws:lambda:us-east-1:123456789012:function:work";

  private final InMemoryExecutionStore store = new InMemoryExecutionStore();
  private final List<String> tokens = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private VirtualTimeScheduler time = new VirtualTimeScheduler();

  private AslEngine engine(TaskHandler work) {
    return AslEngine.builder().scheduler(time).store(store)
        .taskHandler(SQS, r -> {
          tokens.add(r.input().path("token").asText());
          return Json.parse("{}");
        })
        .taskHandler(WORK, work).build();
  }

  private TaskHandler counting() {
    return r -> {
      calls.computeIfAbsent(r.input().toString(), k -> new AtomicInteger()).incrementAndGet();
      return r.input();
    };
  }

  /** The engine "crashes": it is dropped, its leases forgotten, time goes on elsewhere. */
  private AslEngine restart(TaskHandler work) {
    store.simulateCrash();
    time = new VirtualTimeScheduler(time.now());
    return engine(work);
  }

  private static List<String> types(ExecutionResult r) {
    return r.history().stream().map(HistoryEvent::type).collect(Collectors.toList());
  }

  /** The execution's end: awaited when it still runs here, else as the store has it. */
  private static ExecutionResult await(AslEngine e, String arn) {
    Durability d = e.durability().orElseThrow();
    Optional<Execution> live = d.execution(arn);
    if (live.isPresent()) {
      return live.get().awaitResult(Duration.ofSeconds(10));
    }
    StoredExecution x = d.describe(arn).orElseThrow();
    assertThat(x.status()).isNotEqualTo(ExecutionStatus.RUNNING);
    return new ExecutionResult(x.status(), x.output() == null ? null : Json.parse(x.output()),
        x.error(), x.cause(), d.history(arn, 0, 10_000));
  }

  private static void assertNoStateEnteredTwice(ExecutionResult r) {
    Map<String, Integer> entered = new HashMap<>();
    long expectedId = 1;
    for (HistoryEvent e : r.history()) {
      assertThat(e.id()).isEqualTo(expectedId++);
      if (e.type().endsWith("StateEntered")) {
        entered.merge(e.details().path("name").asText() + "@" + e.previousEventId(), 1,
            Integer::sum);
      }
    }
    assertThat(entered.values()).allMatch(n -> n == 1);
  }

  @Test
  void aWaitingExecutionResumesAndFinishesAfterARestart() {
    AslEngine a = engine(counting());
    StateMachineDefinition d = a.load(Json.parse("{'StartAt':'W','States':{"
        + "'W':{'Type':'Wait','Seconds':3600,'Next':'T'},"
        + "'T':{'Type':'Task','Resource':'" + WORK + "','End':true}}}"));
    Execution ex = d.start(Json.parse("{'n':1}"));
    assertThat(store.find(ex.executionArn()).orElseThrow().status())
        .isEqualTo(ExecutionStatus.RUNNING);
    AslEngine b = restart(counting());
    ExecutionResult r = await(b, ex.executionArn());
    assertThat(r.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.output()).isEqualTo(Json.parse("{'n':1}"));
    assertThat(types(r)).containsExactly("ExecutionStarted", "WaitStateEntered",
        "WaitStateExited", "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted",
        "LambdaFunctionSucceeded", "TaskStateExited", "ExecutionSucceeded");
    assertThat(r.history().get(2).timestamp())
        .isEqualTo(r.history().get(1).timestamp().plusSeconds(3600));
    assertNoStateEnteredTwice(r);
    assertThat(store.find(ex.executionArn()).orElseThrow().status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(store.find(ex.executionArn()).orElseThrow().output()).isEqualTo("{\"n\":1}");
  }

  @Test
  void aTaskTokenIsStillAcceptedAfterARestartAndItsTimeoutStillCounts() {
    AslEngine a = engine(counting());
    StateMachineDefinition d = a.load(Json.parse("{'StartAt':'Ask','States':{'Ask':{'Type':"
        + "'Task','Resource':'" + SQS + "','Parameters':{'token.$':'$$.Task.Token'},"
        + "'TimeoutSeconds':600,'End':true}}}"));
    Execution ok = d.start(Json.parse("{}"));
    Execution late = d.start(Json.parse("{}"));
    assertThat(tokens).hasSize(2);
    AslEngine b = restart(counting());
    b.sendTaskSuccess(tokens.get(0), Json.parse("{'approved':true}"));
    ExecutionResult r = await(b, ok.executionArn());
    assertThat(r.output()).isEqualTo(Json.parse("{'approved':true}"));
    ExecutionResult t = await(b, late.executionArn());
    assertThat(t.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(t.error()).isEqualTo("States.Timeout");
    assertThat(t.history().get(t.history().size() - 1).timestamp())
        .isEqualTo(t.history().get(0).timestamp().plusSeconds(600));
    assertThatThrownBy(() -> b.sendTaskSuccess(tokens.get(1), Json.parse("{}")))
        .isInstanceOf(TaskTokenException.class);
  }

  @Test
  void aRetryBackOffResumesWithoutEnteringTheStateAgain() {
    AtomicInteger attempts = new AtomicInteger();
    TaskHandler flaky = r -> {
      if (attempts.incrementAndGet() == 1) {
        throw new TaskFailedException("Busy", "try later");
      }
      return Json.parse("{'done':true}");
    };
    AslEngine a = engine(flaky);
    StateMachineDefinition d = a.load(Json.parse("{'StartAt':'T','States':{'T':{'Type':'Task',"
        + "'Resource':'" + WORK + "','Retry':[{'ErrorEquals':['Busy'],'IntervalSeconds':60,"
        + "'MaxAttempts':3}],'End':true}}}"));
    Execution ex = d.start(Json.parse("{}"));
    assertThat(attempts).hasValue(1);
    AslEngine b = restart(flaky);
    ExecutionResult r = await(b, ex.executionArn());
    assertThat(r.output()).isEqualTo(Json.parse("{'done':true}"));
    assertThat(attempts).hasValue(2);
    assertThat(types(r).stream().filter(x -> x.equals("TaskStateEntered"))).hasSize(1);
    assertThat(types(r).stream().filter(x -> x.equals("LambdaFunctionScheduled"))).hasSize(2);
    assertNoStateEnteredTwice(r);
  }

  @Test
  void parallelBranchesThatFinishedBeforeTheRestartAreNotRunAgain() {
    AslEngine a = engine(counting());
    StateMachineDefinition d = a.load(Json.parse("{'StartAt':'P','States':{'P':{'Type':"
        + "'Parallel','End':true,'Branches':["
        + "{'StartAt':'Fast','States':{'Fast':{'Type':'Task','Resource':'" + WORK + "',"
        + "'Parameters':{'b':'fast'},'End':true}}},"
        + "{'StartAt':'Ask','States':{'Ask':{'Type':'Task','Resource':'" + SQS + "',"
        + "'Parameters':{'token.$':'$$.Task.Token'},'End':true}}}]}}}"));
    Execution ex = d.start(Json.parse("{}"));
    assertThat(calls.get("{\"b\":\"fast\"}")).hasValue(1);
    AslEngine b = restart(counting());
    b.sendTaskSuccess(tokens.get(0), Json.parse("'yes'"));
    ExecutionResult r = await(b, ex.executionArn());
    assertThat(r.output()).isEqualTo(Json.parse("[{'b':'fast'},'yes']"));
    assertThat(calls.get("{\"b\":\"fast\"}")).hasValue(1);
    assertNoStateEnteredTwice(r);
    assertThat(types(r).get(types(r).size() - 1)).isEqualTo("ExecutionSucceeded");
  }

  @Test
  void mapIterationsThatFinishedBeforeTheRestartKeepTheirResults() {
    AslEngine a = engine(counting());
    StateMachineDefinition d = a.load(Json.parse("{'StartAt':'M','States':{'M':{'Type':'Map',"
        + "'MaxConcurrency':2,'End':true,'ItemProcessor':{'StartAt':'C','States':{"
        + "'C':{'Type':'Choice','Choices':[{'Variable':'$.wait','BooleanEquals':true,"
        + "'Next':'Ask'}],'Default':'Do'},"
        + "'Ask':{'Type':'Task','Resource':'" + SQS + "','Parameters':{'token.$':'$$.Task.Token'},"
        + "'ResultPath':null,'Next':'Do'},"
        + "'Do':{'Type':'Task','Resource':'" + WORK + "','End':true}}}}}}"));
    Execution ex = d.start(Json.parse(
        "[{'i':0,'wait':false},{'i':1,'wait':true},{'i':2,'wait':false},{'i':3,'wait':false}]"));
    // Iteration 0 finished, 1 waits; 2 and 3 ran as slots freed up.
    AslEngine b = restart(counting());
    b.sendTaskSuccess(tokens.get(0), Json.parse("{}"));
    ExecutionResult r = await(b, ex.executionArn());
    assertThat(r.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.output()).isEqualTo(Json.parse(
        "[{'i':0,'wait':false},{'i':1,'wait':true},{'i':2,'wait':false},{'i':3,'wait':false}]"));
    for (int i = 0; i < 4; i++) {
      String k = "{\"i\":" + i + ",\"wait\":" + (i == 1) + "}";
      assertThat(calls.get(k)).as(k).hasValue(1);
    }
    assertNoStateEnteredTwice(r);
  }

  @Test
  void variablesRandomnessAndTheRetryCountSurviveTheRestart() {
    AslEngine a = engine(counting());
    StateMachineDefinition d = a.load(Json.parse("{'QueryLanguage':'JSONata','StartAt':'A',"
        + "'States':{'A':{'Type':'Pass','Assign':{'who':'{% $states.input.who %}'},'Next':'W'},"
        + "'W':{'Type':'Wait','Seconds':5,'Next':'B'},"
        + "'B':{'Type':'Pass','Output':{'who':'{% $who %}','u':'{% $uuid() %}'},'End':true}}}"));
    Execution ex = d.start(Json.parse("{'who':'ada'}"));
    AslEngine b = restart(counting());
    ExecutionResult r = await(b, ex.executionArn());
    assertThat(r.output().path("who").asText()).isEqualTo("ada");
    assertThat(r.output().path("u").asText()).hasSize(36);
  }

  @Test
  void aTaskInFlightAtTheCrashIsInvokedAgain() {
    AtomicInteger started = new AtomicInteger();
    TaskHandler never = TaskHandler.async(r -> {
      started.incrementAndGet();
      return new java.util.concurrent.CompletableFuture<>();
    });
    AslEngine a = engine(never);
    StateMachineDefinition d = a.load(Json.parse("{'StartAt':'T','States':{'T':{'Type':'Task',"
        + "'Resource':'" + WORK + "','End':true}}}"));
    Execution ex = d.start(Json.parse("{'x':1}"));
    assertThat(started).hasValue(1);
    AslEngine b = restart(counting());
    ExecutionResult r = await(b, ex.executionArn());
    assertThat(r.output()).isEqualTo(Json.parse("{'x':1}"));
    assertThat(types(r)).containsSubsequence("LambdaFunctionScheduled", "LambdaFunctionStarted",
        "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded");
  }

  @Test
  void theEndIsPublishedOnlyOnceStoredAndListingAndHistoryPagingWork() {
    AslEngine a = engine(counting());
    StateMachineDefinition d = a.load(Json.parse("{'StartAt':'T','States':{'T':{'Type':'Task',"
        + "'Resource':'" + WORK + "','End':true}}}"));
    ExecutionResult r = d.run(Json.parse("{'k':2}"));
    Durability du = a.durability().orElseThrow();
    String arn = du.list(d.arn(), ExecutionStatus.SUCCEEDED, null, 10).executions().get(0)
        .executionArn();
    assertThat(du.describe(arn).orElseThrow().output()).isEqualTo("{\"k\":2}");
    assertThat(du.history(arn, 0, 3)).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L);
    assertThat(du.history(arn, 3, 100)).hasSize(r.history().size() - 3);
    assertThat(r.history()).isEqualTo(du.history(arn, 0, 100));
  }

  @Test
  void aStoreThatRefusesTheStartMakesStartFail() {
    AslEngine a = engine(counting());
    StateMachineDefinition d = a.load(Json.parse("{'StartAt':'W','States':{'W':{'Type':'Wait',"
        + "'Seconds':5,'End':true}}}"));
    d.start(Json.parse("{}"), StartOptions.defaults().withName("same"));
    AslEngine b = restart(counting());
    StateMachineDefinition d2 = b.load(Json.parse("{'StartAt':'W','States':{'W':{'Type':'Wait',"
        + "'Seconds':5,'End':true}}}"));
    assertThatThrownBy(() -> d2.start(Json.parse("{}"), StartOptions.defaults().withName("same")))
        .isInstanceOf(RuntimeException.class).hasMessageContaining("already");
    store.close();
    assertThatThrownBy(() -> d2.start(Json.parse("{}"))).isInstanceOf(StoreException.class);
  }

  @Test
  void closingTheEngineLeavesItsExecutionsForTheNextOne() {
    AslEngine a = engine(counting());
    StateMachineDefinition d = a.load(Json.parse("{'StartAt':'W','States':{'W':{'Type':'Wait',"
        + "'Seconds':5,'End':true}}}"));
    Execution ex = d.start(Json.parse("{'z':1}"));
    a.close();
    assertThat(a.durability().orElseThrow().running()).isZero();
    time = new VirtualTimeScheduler(time.now());
    AslEngine b = engine(counting());
    ExecutionResult r = await(b, ex.executionArn());
    assertThat(r.output()).isEqualTo(Json.parse("{'z':1}"));
  }
}
