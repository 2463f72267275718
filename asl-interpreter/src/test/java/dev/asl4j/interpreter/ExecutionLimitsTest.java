package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.interpreter.spi.RealTimeScheduler;
import dev.asl4j.interpreter.spi.TaskFailedException;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import dev.asl4j.parser.model.StateMachineType;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The limits that end an execution wherever its events come from, and faults outside the
 * definition (listeners, memory) that must never leave an execution un-ended or change its outcome.
 */
class ExecutionLimitsTest {
  private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:f";

  private static AslEngine.Builder virtual() {
    return AslEngine.builder().scheduler(new VirtualTimeScheduler());
  }

  @Test
  void retriesStopAtTheHistoryLimit() {
    AslEngine engine = virtual().taskHandler(FN, r -> {
      throw new TaskFailedException("Flaky", "again");
    }).build();
    ExecutionResult r = engine.load(Json.parse("{'StartAt':'T','States':{'T':{'Type':'Task',"
        + "'Resource':'" + FN + "','Retry':[{'ErrorEquals':['States.ALL'],'IntervalSeconds':1,"
        + "'MaxAttempts':99999999,'BackoffRate':1}],'End':true}}}")).run(null);
    assertHistoryLimit(r, AslEngine.DEFAULT_HISTORY_LIMIT);
  }

  @Test
  void mapIterationsStopAtTheHistoryLimit() {
    StringBuilder items = new StringBuilder("[0");
    for (int i = 1; i < 10_000; i++) {
      items.append(",").append(i);
    }
    AslEngine engine = virtual().build();
    ExecutionResult r = engine.load(Json.parse("{'StartAt':'M','States':{'M':{'Type':'Map',"
        + "'ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}},"
        + "'End':true}}}")).run(Json.parse("{'items':" + items + "]}").path("items"));
    assertHistoryLimit(r, AslEngine.DEFAULT_HISTORY_LIMIT);
  }

  @Test
  void parallelBranchesStopAtASmallHistoryLimit() {
    AslEngine engine = virtual().historyLimit(50).build();
    StringBuilder branches = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      branches.append(i == 0 ? "" : ",")
          .append("{'StartAt':'P" + i + "','States':{'P" + i + "':{'Type':'Pass','End':true}}}");
    }
    ExecutionResult r = engine.load(Json.parse("{'StartAt':'Par','States':{'Par':{"
        + "'Type':'Parallel','Branches':[" + branches + "],'End':true}}}")).run(null);
    assertHistoryLimit(r, 50);
  }

  private static void assertHistoryLimit(ExecutionResult r, int limit) {
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.error()).isEqualTo("States.Runtime");
    assertThat(r.cause()).contains("maximum number of history events (" + limit + ")");
    assertThat(r.history().size()).isBetween(limit, limit + 1);
    assertThat(r.history().get(r.history().size() - 1).type()).isEqualTo("ExecutionFailed");
  }

  private static final String LOOP = "{'StartAt':'A','States':{"
      + "'A':{'Type':'Pass','Next':'B'},"
      + "'B':{'Type':'Choice','Choices':[{'Variable':'$.stop','IsPresent':true,'Next':'E'}],"
      + "'Default':'A'},'E':{'Type':'Succeed'}}}";

  @Test
  void anEndlessExpressLoopInVirtualTimeEndsAtItsEventBudget() {
    AslEngine engine = virtual().expressEventLimit(20_000).build();
    ExecutionResult r = engine.load(LOOP.replace('\'', '"'), "loop.asl.json",
        LoadOptions.defaults().withType(StateMachineType.EXPRESS)).run(null);
    assertThat(r.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(r.error()).isEqualTo("States.Timeout");
    assertThat(r.cause()).contains("20000 events").contains("expressEventLimit");
    assertThat(r.history().size()).isLessThan(20_100);
  }

  @Test
  void anEndlessLoopInRealTimeEndsAtTheMachineTimeout() {
    try (RealTimeScheduler time = new RealTimeScheduler()) {
      // A budget too large to reach in a second: only the clock can end this loop.
      AslEngine engine = AslEngine.builder().scheduler(time).expressEventLimit(Integer.MAX_VALUE)
          .keepHistory(false).build();
      String def = LOOP.replace("{'StartAt'", "{'TimeoutSeconds':1,'StartAt'");
      ExecutionResult r = engine.load(def.replace('\'', '"'), "loop.asl.json",
          LoadOptions.defaults().withType(StateMachineType.EXPRESS)).run(null);
      assertThat(r.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
      assertThat(r.error()).isEqualTo("States.Timeout");
    }
  }

  @Test
  void aListenerThrowingAnErrorChangesNoOutcome() throws Exception {
    AslEngine engine = virtual()
        .listener(new ExecutionListener() {
          @Override
          public void onEvent(Execution execution, HistoryEvent event) {
            throw new AssertionError("listener bug on " + event.type());
          }

          @Override
          public void onEnd(Execution execution, ExecutionResult result) {
            throw new StackOverflowError("listener bug at the end");
          }
        }).build();
    Execution ex = engine.load(Json.parse(
        "{'StartAt':'P','States':{'P':{'Type':'Pass','Result':1,'End':true}}}")).start(null);
    ExecutionResult r = ex.completion().toCompletableFuture().get(30, TimeUnit.SECONDS);
    assertThat(r.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.output().asInt()).isEqualTo(1);
  }

  @Test
  void runningOutOfMemoryEndsTheExecution() throws Exception {
    AslEngine engine = virtual().taskHandler(FN, r -> {
      throw new OutOfMemoryError("Java heap space (simulated)");
    }).build();
    Execution ex = engine.load(Json.parse(
        "{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + FN + "','End':true}}}"))
        .start(null);
    ExecutionResult r = ex.completion().toCompletableFuture().get(30, TimeUnit.SECONDS);
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.error()).isEqualTo("States.Runtime");
    assertThat(r.cause()).contains("out of memory");
  }
}
