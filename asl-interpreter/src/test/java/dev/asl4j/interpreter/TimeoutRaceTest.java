package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The race {@link CallbackRaceStressTest} hits only now and then, set up step by step: a heartbeat
 * timer falls due while another thread is driving the execution, and SendTaskSuccess is accepted
 * before the queued timer runs. The caller was told its success counts, so the timer must lose.
 */
class TimeoutRaceTest {
  private static final String SQS = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";

  @Test
  void anAcceptedSuccessBeatsATimerQueuedBeforeIt() throws Exception {
    VirtualTimeScheduler time = new VirtualTimeScheduler();
    List<String> tokens = new CopyOnWriteArrayList<>();
    CountDownLatch driving = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AslEngine engine = AslEngine.builder().scheduler(time)
        .listener((execution, event) -> {
          if (event.type().equals("WaitStateExited")) {
            driving.countDown(); // this thread now holds the execution's mailbox
            await(release);
          }
        })
        .taskHandler(SQS, r -> {
          tokens.add(r.taskToken().orElseThrow());
          return Json.parse("{}");
        }).build();
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'P','States':{'P':{"
        + "'Type':'Parallel','End':true,'Branches':["
        + "{'StartAt':'W','States':{'W':{'Type':'Wait','Seconds':1,'End':true}}},"
        + "{'StartAt':'Ask','States':{'Ask':{'Type':'Task','Resource':'" + SQS + "',"
        + "'Parameters':{'t.$':'$$.Task.Token'},'HeartbeatSeconds':1,'End':true}}}]}}}"));
    Execution ex = d.start(null);
    assertThat(tokens).hasSize(1);

    // Thread A runs the Wait's timer (due at 1 s, scheduled first) and blocks in the listener.
    Thread a = new Thread(() -> time.advance(Duration.ofSeconds(1)));
    a.start();
    assertThat(driving.await(10, TimeUnit.SECONDS)).isTrue();
    // The heartbeat timer (also due at 1 s) fires now: it can only queue behind thread A.
    time.advance(Duration.ZERO);
    // The token is still outstanding, so AWS would accept this success.
    engine.sendTaskSuccess(tokens.get(0), Json.parse("{'ok':true}"));
    release.countDown();
    a.join(10_000);

    ExecutionResult r = ex.awaitResult(Duration.ofSeconds(5));
    assertThat(r.status()).as("%s %s", r.error(), r.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.output()).isEqualTo(Json.parse("[{},{'ok':true}]"));
    assertThat(r.history()).extracting(HistoryEvent::type).doesNotContain("TaskTimedOut");
    assertThatThrownBy(() -> engine.sendTaskSuccess(tokens.get(0), Json.parse("{}")))
        .extracting(e -> ((TaskTokenException) e).errorCode())
        .isEqualTo(TaskTokenException.TASK_DOES_NOT_EXIST);
  }

  @Test
  void aTimerThatWinsMakesLaterCallbacksAnswerTaskTimedOut() {
    VirtualTimeScheduler time = new VirtualTimeScheduler();
    List<String> tokens = new CopyOnWriteArrayList<>();
    AslEngine engine = AslEngine.builder().scheduler(time).taskHandler(SQS, r -> {
      tokens.add(r.taskToken().orElseThrow());
      return Json.parse("{}");
    }).build();
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'Ask','States':{'Ask':{"
        + "'Type':'Task','Resource':'" + SQS + "','Parameters':{'t.$':'$$.Task.Token'},"
        + "'HeartbeatSeconds':1,'End':true}}}"));
    Execution ex = d.start(null);
    time.advance(Duration.ofSeconds(1));
    assertThat(ex.awaitResult(Duration.ofSeconds(5)).error()).isEqualTo("States.Timeout");
    for (Runnable call : List.<Runnable>of(
        () -> engine.sendTaskSuccess(tokens.get(0), Json.parse("{}")),
        () -> engine.sendTaskFailure(tokens.get(0), "E", "c"),
        () -> engine.sendTaskHeartbeat(tokens.get(0)))) {
      assertThatThrownBy(call::run).isInstanceOf(TaskTokenException.class)
          .extracting(e -> ((TaskTokenException) e).errorCode())
          .isEqualTo(TaskTokenException.TASK_TIMED_OUT);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
