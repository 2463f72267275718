package dev.asl4j.parser.model;

import java.util.List;
import java.util.Optional;

/**
 * One {@code Retry} entry, with AWS's defaults filled in.
 *
 * @param pointer e.g. {@code /States/Charge/Retry/0}
 * @param errorEquals error names matched, in order
 * @param intervalSeconds {@code IntervalSeconds} (default 1)
 * @param maxAttempts {@code MaxAttempts} (default 3; 0 = never retry)
 * @param backoffRate {@code BackoffRate} (default 2.0)
 * @param maxDelaySeconds {@code MaxDelaySeconds}, when set
 * @param jitter {@code JitterStrategy} (default NONE)
 * @param comment {@code Comment}
 */
public record Retrier(
    String pointer,
    List<String> errorEquals,
    int intervalSeconds,
    int maxAttempts,
    double backoffRate,
    Optional<Integer> maxDelaySeconds,
    JitterStrategy jitter,
    Optional<String> comment) {
  public Retrier {
    errorEquals = List.copyOf(errorEquals);
  }

  /** {@code JitterStrategy} values. */
  public enum JitterStrategy {
    NONE,
    FULL
  }
}
