package dev.asl4j.interpreter.internal;

import dev.asl4j.parser.model.Retrier;
import java.time.Duration;
import java.util.random.RandomGenerator;

/** A compiled Retrier: which errors it matches and AWS's back-off arithmetic. */
final class RetryRule {
  final String[] errorEquals;
  final int intervalSeconds;
  final int maxAttempts;
  final double backoffRate;
  /** Cap on one interval in seconds; 0 when there is none. */
  final int maxDelaySeconds;
  final boolean fullJitter;

  RetryRule(Retrier r) {
    this.errorEquals = r.errorEquals().toArray(new String[0]);
    this.intervalSeconds = r.intervalSeconds();
    this.maxAttempts = r.maxAttempts();
    this.backoffRate = r.backoffRate();
    this.maxDelaySeconds = r.maxDelaySeconds().orElse(0);
    this.fullJitter = r.jitter() == Retrier.JitterStrategy.FULL;
  }

  /**
   * The pause before retry number {@code retry} (0 for the first retry): IntervalSeconds ×
   * BackoffRate^retry, capped by MaxDelaySeconds, and with FULL jitter a uniformly random share of
   * that.
   */
  Duration delay(int retry, RandomGenerator random) {
    return delay(intervalSeconds, backoffRate, maxDelaySeconds, fullJitter, retry, random);
  }

  static Duration delay(
      int interval, double rate, int maxDelay, boolean jitter, int retry, RandomGenerator random) {
    double seconds = interval * Math.pow(rate, retry);
    if (maxDelay > 0 && seconds > maxDelay) {
      seconds = maxDelay;
    }
    if (Double.isNaN(seconds) || seconds > 31_536_000d * 2) {
      seconds = 31_536_000d * 2; // more than any execution can live; avoids Duration overflow
    }
    if (jitter) {
      seconds = random.nextDouble() * seconds;
    }
    return Duration.ofMillis((long) Math.ceil(seconds * 1000d));
  }
}
