package dev.asl4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.TaskTokenException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@AslTest
class CallbacksTest {
  @Test
  void parksOnTheTokenThenSucceeds(AslTestEnvironment env) {
    AslExecution ex = env.start("approval.asl.json", "{\"amount\":900}");
    assertThat(ex.status()).isEqualTo(ExecutionStatus.RUNNING);
    assertThat(ex.parkedStates()).containsExactly("WaitForApproval");

    TaskTokenHandle approval = ex.awaitTaskToken("WaitForApproval");
    assertThat(approval.input().get("MessageBody").get("token").asText())
        .isEqualTo(approval.token());
    assertThat(approval.input().get("MessageBody").get("amount").asInt()).isEqualTo(900);
    approval.succeed("{\"approved\":true}");

    assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    AslAssertions.assertThat(ex).succeeded()
        .visitedInOrder("Prepare", "WaitForApproval", "IsApproved", "Approved")
        .hasOutputAt("$.decision", "{\"approved\":true}")
        .hasHistoryEventTypes("TaskScheduled", "TaskSubmitted", "TaskSucceeded", "ExecutionSucceeded");
  }

  @Test
  void failingTheTokenIsCaught(AslTestEnvironment env) {
    AslExecution ex = env.start("approval.asl.json", "{\"amount\":900}");
    ex.awaitTaskToken("WaitForApproval").fail("Rejected", "too expensive");
    AslAssertions.assertThat(ex).failedWith("NotApproved", "the approver said no")
        .visitedInOrder("WaitForApproval", "Denied")
        .didNotVisit("IsApproved");
    assertThat(ex.stateInput("Denied").get("error").get("Cause").asText()).isEqualTo("too expensive");
  }

  @Test
  void aTokenCanOnlyBeCompletedOnce(AslTestEnvironment env) {
    AslExecution ex = env.start("approval.asl.json", "{\"amount\":1}");
    TaskTokenHandle h = ex.awaitTaskToken("WaitForApproval");
    h.succeed("{\"approved\":false}");
    assertThatThrownBy(() -> h.succeed("{}"))
        .isInstanceOf(TaskTokenException.class)
        .hasMessageContaining(TaskTokenException.TASK_DOES_NOT_EXIST);
    AslAssertions.assertThat(ex).failedWith("NotApproved").visited("IsApproved");
  }

  @Test
  void awaitTaskTokenNamesWhereItIsParked(AslTestEnvironment env) {
    AslExecution ex = env.start("approval.asl.json", "{\"amount\":1}");
    assertThatThrownBy(() -> ex.awaitTaskToken("Ship"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"Ship\"")
        .hasMessageContaining("parked at \"WaitForApproval\"")
        .hasMessageContaining("Prepare -> WaitForApproval");
  }

  @Test
  void awaitCompletionRefusesToHangOnATokenNoTimerCanEnd(AslTestEnvironment env) {
    AslExecution ex = env.start("approval.asl.json", "{\"amount\":1}");
    Instant before = env.now();
    assertThatThrownBy(ex::awaitCompletion)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("execution is parked on a task token at state \"WaitForApproval\"")
        .hasMessageContaining("awaitTaskToken(\"WaitForApproval\")");
    assertThat(env.now()).isEqualTo(before);
    assertThat(ex.status()).isEqualTo(ExecutionStatus.RUNNING);
    // still usable afterwards
    ex.awaitTaskToken("WaitForApproval").succeed("{\"approved\":true}");
    AslAssertions.assertThat(ex).succeeded();
  }

  @Test
  void timeStandsStillWhileATokenIsOutstanding(AslTestEnvironment env) {
    Instant before = env.now();
    AslExecution ex = env.start("approval-timeout.asl.json", "{}");
    assertThat(ex.status()).isEqualTo(ExecutionStatus.RUNNING);
    assertThat(env.now()).isEqualTo(before);
    env.advance(Duration.ofDays(2));
    assertThat(ex.status()).isEqualTo(ExecutionStatus.RUNNING);
    assertThat(ex.parkedStates()).containsExactly("WaitForApproval");
  }

  @Test
  void threeDayTokenTimeoutViaAdvance(AslTestEnvironment env) {
    AslExecution ex = env.start("approval-timeout.asl.json", "{}");
    String token = ex.awaitTaskToken("WaitForApproval").token();
    env.advance(Duration.ofDays(3));
    assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    AslAssertions.assertThat(ex).succeeded()
        .visitedInOrder("WaitForApproval", "Escalate")
        .hasOutputAt("$.error.Error", "\"States.Timeout\"")
        .hasHistoryEventTypes("TaskSubmitted", "TaskTimedOut", "PassStateEntered");
    assertThatThrownBy(() -> env.engine().sendTaskSuccess(token, ex.output()))
        .isInstanceOf(TaskTokenException.class)
        .hasMessageContaining(TaskTokenException.TASK_TIMED_OUT);
  }

  @Test
  void threeDayTokenTimeoutViaAwaitCompletion(AslTestEnvironment env) {
    Instant start = env.now();
    AslExecution ex = env.start("approval-timeout.asl.json", "{}");
    ex.awaitCompletion();
    assertThat(env.now()).isEqualTo(start.plus(Duration.ofDays(3)));
    AslAssertions.assertThat(ex).succeeded().visited("Escalate")
        .hasOutputAt("$.outcome", "\"escalated\"");
  }

  @Test
  void heartbeatsKeepALongTaskAlive(AslTestEnvironment env) {
    AslExecution ex = env.start("heartbeat.asl.json", "{}");
    TaskTokenHandle job = ex.awaitTaskToken("LongJob");
    for (int hour = 0; hour < 5; hour++) {
      env.advance(Duration.ofMinutes(50));
      job.heartbeat();
    }
    assertThat(ex.status()).isEqualTo(ExecutionStatus.RUNNING);
    job.succeed("{\"exitCode\":0}");
    AslAssertions.assertThat(ex).succeeded().hasOutput("{\"exitCode\":0}");
  }

  @Test
  void aMissedHeartbeatTimesTheTaskOut(AslTestEnvironment env) {
    AslExecution ex = env.start("heartbeat.asl.json", "{}");
    ex.awaitTaskToken("LongJob").heartbeat();
    env.advance(Duration.ofMinutes(61));
    AslAssertions.assertThat(ex).failedWith("States.Timeout")
        .hasHistoryEventTypes("TaskSubmitted", "TaskTimedOut", "ExecutionFailed");
  }

  @Test
  void aHeartbeatExpiryIsStatesTimeoutMatchedByHeartbeatTimeout(AslTestEnvironment env) {
    AslExecution ex = env.start("heartbeat-catch.asl.json", "{}");
    env.advance(Duration.ofMinutes(61));
    AslAssertions.assertThat(ex).succeeded().visited("HeartbeatMissed").didNotVisit("TookTooLong")
        .hasOutputAt("$.error.Error", "\"States.Timeout\"");
  }

  @Test
  void aTaskTimeoutIsNotAHeartbeatTimeout(AslTestEnvironment env) {
    AslExecution ex = env.start("heartbeat-catch.asl.json", "{}");
    for (int i = 0; i < 24; i++) {
      env.advance(Duration.ofMinutes(59));
      ex.awaitTaskToken("LongJob").heartbeat();
    }
    env.advance(Duration.ofHours(1));
    AslAssertions.assertThat(ex).succeeded().visited("TookTooLong").didNotVisit("HeartbeatMissed")
        .hasOutputAt("$.error.Error", "\"States.Timeout\"");
  }

  @Test
  void mockedCallbackTaskCompletesItsTokenAtOnce(AslTestEnvironment env) {
    env.mock("WaitForApproval").returns("{\"approved\":true}");
    AslExecution ex = env.start("approval.asl.json", "{\"amount\":5}");
    assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(ex.parkedStates()).isEmpty();
    AslAssertions.assertThat(ex).visited("Approved");
  }
}
