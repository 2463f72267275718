package dev.asl4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaledSchedulerTest {
  @Test
  void scalesWaitsButNotTimeouts() {
    VirtualTimeScheduler time = new VirtualTimeScheduler();
    ScaledScheduler scaled = new ScaledScheduler(time, 0.1);
    Instant start = time.now();
    List<String> fired = new ArrayList<>();
    scaled.schedule(start.plusSeconds(50), () -> fired.add("timeout@" + (time.now().getEpochSecond() - start.getEpochSecond())));
    scaled.scheduleWait(start.plusSeconds(100), () -> fired.add("wait@" + (time.now().getEpochSecond() - start.getEpochSecond())));
    while (time.advanceToNextTimer()) {
      // run every timer
    }
    assertThat(fired).containsExactly("wait@10", "timeout@50");
  }

  @Test
  void rejectsNegativeScales() {
    assertThatThrownBy(() -> new ScaledScheduler(new VirtualTimeScheduler(), -0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScaledScheduler(new VirtualTimeScheduler(), Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
