package dev.asl4j.interpreter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class RetryRuleProperties {
  @Property
  void delaysGrowAndRespectTheCap(
      @ForAll @IntRange(min = 1, max = 100) int interval,
      @ForAll @DoubleRange(min = 1.0, max = 10.0) double rate,
      @ForAll @IntRange(min = 0, max = 1000) int maxDelay,
      @ForAll @IntRange(min = 0, max = 40) int retry) {
    Duration d = RetryRule.delay(interval, rate, maxDelay, false, retry, new SplittableRandom(1));
    Duration next = RetryRule.delay(interval, rate, maxDelay, false, retry + 1, new SplittableRandom(1));
    assertThat(next).isGreaterThanOrEqualTo(d);
    assertThat(d).isGreaterThanOrEqualTo(
        Duration.ofSeconds(maxDelay > 0 ? Math.min(interval, maxDelay) : interval));
    if (maxDelay > 0) {
      assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(maxDelay));
    }
  }

  @Property
  void fullJitterStaysWithinTheInterval(
      @ForAll @IntRange(min = 1, max = 100) int interval,
      @ForAll @IntRange(min = 0, max = 10) int retry,
      @ForAll long seed) {
    Duration plain = RetryRule.delay(interval, 2.0, 0, false, retry, new SplittableRandom(seed));
    Duration jittered = RetryRule.delay(interval, 2.0, 0, true, retry, new SplittableRandom(seed));
    assertThat(jittered).isBetween(Duration.ZERO, plain);
    assertThat(RetryRule.delay(interval, 2.0, 0, true, retry, new SplittableRandom(seed)))
        .isEqualTo(jittered);
  }
}
