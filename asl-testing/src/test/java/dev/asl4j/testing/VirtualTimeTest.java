package dev.asl4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.HistoryEvent;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@AslTest
class VirtualTimeTest {
  @Test
  void threeDayWaitAndMinutesOfBackoffPassInVirtualTime(AslTestEnvironment env) {
    env.mock("Charge")
        .throwsError("Gateway.Timeout", "busy")
        .throwsError("Gateway.Timeout", "busy")
        .returns("{\"id\":\"c-7\"}");
    Instant start = env.now();
    AslExecution ex = env.start("slow-flow.asl.json", "{}");

    // start() already ran to the end: nothing was parked on a token.
    assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    Duration backoff = Duration.ofSeconds(120 + 240);
    Duration wait = Duration.ofDays(3);
    assertThat(env.now()).isEqualTo(start.plus(backoff).plus(wait));
    assertThat(start).isEqualTo(VirtualTimeScheduler.DEFAULT_START);
    AslAssertions.assertThat(ex).succeeded().hasAttempts("Charge", 3)
        .hasOutputAt("$.id", "\"c-7\"")
        .hasVariable("chargeId", "\"c-7\"")
        .hasVariable("attempted", "true");
    // $$.State.EnteredTime of the last state: after both back-offs and the Wait
    assertThat(Instant.parse(ex.output().get("at").asText())).isEqualTo(start.plus(backoff).plus(wait));
  }

  @Test
  void historyTimestampsShowTheVirtualSchedule(AslTestEnvironment env) {
    env.mock("Charge").returns("{\"id\":\"c-1\"}");
    AslExecution ex = env.start("slow-flow.asl.json", "{}");
    Instant entered = null;
    Instant exited = null;
    for (HistoryEvent e : ex.history()) {
      if (e.type().equals("WaitStateEntered")) {
        entered = e.timestamp();
      } else if (e.type().equals("WaitStateExited")) {
        exited = e.timestamp();
      }
    }
    assertThat(Duration.between(entered, exited)).isEqualTo(Duration.ofDays(3));
  }

  @Test
  void advanceMovesTheClockWithNothingRunning(AslTestEnvironment env) {
    Instant before = env.now();
    env.advance(Duration.ofHours(5));
    assertThat(env.now()).isEqualTo(before.plus(Duration.ofHours(5)));
  }
}
