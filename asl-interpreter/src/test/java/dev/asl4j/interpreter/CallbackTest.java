package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CallbackTest {
  private static final String SQS = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";
  private final VirtualTimeScheduler time = new VirtualTimeScheduler();
  private final List<String> tokens = new CopyOnWriteArrayList<>();
  private final AslEngine engine = AslEngine.builder().scheduler(time).taskHandler(SQS, r -> {
    tokens.add(r.input().path("token").asText());
    return Json.parse("{'MessageId':'m-1'}");
  }).build();

  private StateMachineDefinition approval(String extra) {
    return engine.load(Json.parse("{'StartAt':'Ask','States':{'Ask':{'Type':'Task','Resource':'" + SQS
        + "','Parameters':{'token.$':'$$.Task.Token'}" + extra + ",'End':true}}}"));
  }

  @Test
  void sendTaskSuccessCompletesTheWaitingTask() {
    Execution ex = approval("").start(Json.parse("{}"));
    assertThat(ex.status()).isEqualTo(ExecutionStatus.RUNNING);
    assertThat(tokens).hasSize(1);
    engine.sendTaskSuccess(tokens.get(0), Json.parse("{'approved':true}"));
    ExecutionResult r = ex.awaitResult(Duration.ofSeconds(5));
    assertThat(r.output()).isEqualTo(Json.parse("{'approved':true}"));
    assertThat(r.history().stream().map(HistoryEvent::type).collect(Collectors.toList()))
        .containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted",
            "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded");
  }

  @Test
  void sendTaskFailureFailsIt() {
    Execution ex = approval("").start(null);
    engine.sendTaskFailure(tokens.get(0), "Rejected", "no budget");
    ExecutionResult r = ex.awaitResult(Duration.ofSeconds(5));
    assertThat(r.error()).isEqualTo("Rejected");
    assertThat(r.cause()).isEqualTo("no budget");
  }

  @Test
  void tokensAnswerLikeAws() {
    Execution ex = approval("").start(null);
    String token = tokens.get(0);
    assertThatThrownBy(() -> engine.sendTaskSuccess("garbage", Json.parse("{}")))
        .isInstanceOf(TaskTokenException.class)
        .extracting(e -> ((TaskTokenException) e).errorCode()).isEqualTo("InvalidToken");
    engine.sendTaskSuccess(token, Json.parse("{}"));
    ex.awaitResult(Duration.ofSeconds(5));
    assertThatThrownBy(() -> engine.sendTaskSuccess(token, Json.parse("{}")))
        .extracting(e -> ((TaskTokenException) e).errorCode()).isEqualTo("TaskDoesNotExist");
  }

  @Test
  void heartbeatsKeepTheTaskAliveUntilTheyStop() {
    Execution ex = approval(",'HeartbeatSeconds':10,'TimeoutSeconds':100").start(null);
    String token = tokens.get(0);
    time.advance(Duration.ofSeconds(8));
    engine.sendTaskHeartbeat(token);
    time.advance(Duration.ofSeconds(8));
    assertThat(ex.status()).isEqualTo(ExecutionStatus.RUNNING);
    time.advance(Duration.ofSeconds(3));
    ExecutionResult r = ex.awaitResult(Duration.ofSeconds(5));
    assertThat(r.error()).isEqualTo("States.Timeout");
    assertThatThrownBy(() -> engine.sendTaskHeartbeat(token))
        .extracting(e -> ((TaskTokenException) e).errorCode()).isEqualTo("TaskTimedOut");
  }

  @Test
  void heartbeatTimeoutIsMatchedByItsOwnName() {
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'Ask','States':{'Ask':{'Type':'Task',"
        + "'Resource':'" + SQS + "','Parameters':{'token.$':'$$.Task.Token'},'HeartbeatSeconds':5,"
        + "'Catch':[{'ErrorEquals':['States.HeartbeatTimeout'],'Next':'Late'}],'End':true},"
        + "'Late':{'Type':'Pass','End':true}}}"));
    ExecutionResult r = d.run(Json.parse("{}"));
    assertThat(r.output()).isEqualTo(Json.parse("{'Error':'States.Timeout','Cause':''}"));
  }

  @Test
  void realTimeCallbackFromAnotherThread() throws Exception {
    try (dev.asl4j.interpreter.spi.RealTimeScheduler real = new dev.asl4j.interpreter.spi.RealTimeScheduler()) {
      List<String> seen = new CopyOnWriteArrayList<>();
      AslEngine e = AslEngine.builder().scheduler(real).taskHandler(SQS, r -> {
        seen.add(r.taskToken().orElseThrow());
        return Json.parse("{}");
      }).build();
      StateMachineDefinition d = e.load(Json.parse("{'StartAt':'Ask','States':{'Ask':{'Type':"
          + "'Task','Resource':'" + SQS + "','Parameters':{'t.$':'$$.Task.Token'},"
          + "'TimeoutSeconds':30,'Next':'W'},'W':{'Type':'Wait','Seconds':1,'End':true}}}"));
      Execution ex = d.start(null);
      // With real time the handler runs on the engine's handler threads: wait for its token.
      long until = System.nanoTime() + 10_000_000_000L;
      while (seen.isEmpty() && System.nanoTime() < until) {
        java.util.concurrent.locks.LockSupport.parkNanos(1_000_000L);
      }
      Thread t = new Thread(() -> e.sendTaskSuccess(seen.get(0), Json.parse("{'ok':1}")));
      t.start();
      t.join();
      assertThat(ex.awaitResult(Duration.ofSeconds(10)).output()).isEqualTo(Json.parse("{'ok':1}"));
    }
  }

  @Test
  void callbackFromTheHandlerItselfIsAppliedAfterSubmission() {
    String res = "arn:aws:states:::lambda:invoke.waitForTaskToken";
    AslEngine e = AslEngine.builder().scheduler(time).taskHandler(res, r -> {
      r.callback().orElseThrow().success(Json.parse("'done'"));
      return Json.parse("{}");
    }).build();
    StateMachineDefinition d = e.load(Json.parse("{'StartAt':'T','States':{'T':{'Type':'Task',"
        + "'Resource':'" + res + "','Parameters':{'FunctionName':'f','Payload':{'t.$':'$$.Task.Token'}},"
        + "'End':true}}}"));
    assertThat(d.run(null).output()).isEqualTo(Json.parse("'done'"));
  }
}
