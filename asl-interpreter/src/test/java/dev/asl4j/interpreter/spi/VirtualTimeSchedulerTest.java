package dev.asl4j.interpreter.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualTimeSchedulerTest {
  private final Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
  private final VirtualTimeScheduler time = new VirtualTimeScheduler(t0);

  @Test
  void runsTimersInTimeThenSchedulingOrder() {
    List<String> ran = new ArrayList<>();
    time.schedule(t0.plusSeconds(5), () -> ran.add("b"));
    time.schedule(t0.plusSeconds(1), () -> ran.add("a"));
    time.schedule(t0.plusSeconds(5), () -> ran.add("c"));
    time.advance(Duration.ofSeconds(10));
    assertThat(ran).containsExactly("a", "b", "c");
    assertThat(time.now()).isEqualTo(t0.plusSeconds(10));
  }

  @Test
  void advanceToNextTimerJumpsExactlyThere() {
    List<Instant> at = new ArrayList<>();
    time.schedule(t0.plusSeconds(30), () -> at.add(time.now()));
    assertThat(time.advanceToNextTimer()).isTrue();
    assertThat(at).containsExactly(t0.plusSeconds(30));
    assertThat(time.advanceToNextTimer()).isFalse();
  }

  @Test
  void cancelledTimersNeverRun() {
    List<String> ran = new ArrayList<>();
    Scheduler.Cancellable c = time.schedule(t0.plusSeconds(1), () -> ran.add("x"));
    c.cancel();
    time.advance(Duration.ofSeconds(2));
    assertThat(ran).isEmpty();
    assertThat(time.pendingTimers()).isZero();
  }

  @Test
  void timersScheduledWhileAdvancingRunIfDue() {
    List<String> ran = new ArrayList<>();
    time.schedule(t0.plusSeconds(1), () -> time.schedule(time.now().plusSeconds(1), () -> ran.add("inner")));
    time.advance(Duration.ofSeconds(3));
    assertThat(ran).containsExactly("inner");
  }

  @Test
  void rejectsNegativeAdvance() {
    assertThatThrownBy(() -> time.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1S");
  }
}
