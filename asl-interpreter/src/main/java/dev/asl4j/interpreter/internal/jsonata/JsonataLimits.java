package dev.asl4j.interpreter.internal.jsonata;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on one JSONata evaluation, so that a hostile or buggy expression ends in {@code
 * States.QueryEvaluationError} instead of a hung or crashed host.
 *
 * <p>The defaults mirror what AWS was measured to enforce: an evaluation depth near 100 (a
 * 100-term {@code 1+1+…} chain passes, longer ones fail with "Stack overflow error"), and a memory
 * ceiling that accepts {@code [1..873782]} and a 2<sup>22</sup>-character string but refuses one
 * element or a doubling more. The time limit is ours (AWS documents none); 5 s is what the JSONata
 * reference test harness uses.
 *
 * @param maxDepth deepest nesting of evaluation steps (each sub-expression and function body is
 *     one level)
 * @param timeout wall-clock budget of one expression, checked between evaluation steps and inside
 *     regular-expression matching
 * @param maxValueBytes largest intermediate value, estimated as 8 bytes per array element and 1
 *     byte per string character
 */
public record JsonataLimits(int maxDepth, Duration timeout, long maxValueBytes) {
  /** Depth at which AWS refuses expressions ("Stack overflow error"). */
  public static final int DEFAULT_MAX_DEPTH = 100;

  /** Per-expression time budget. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  /** 873,782 array elements of 8 bytes: the largest range AWS was seen to accept. */
  public static final long DEFAULT_MAX_VALUE_BYTES = 873_782L * 8;

  public JsonataLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (maxDepth < 1) {
      throw new IllegalArgumentException("maxDepth must be at least 1, was " + maxDepth);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    if (maxValueBytes < 1) {
      throw new IllegalArgumentException("maxValueBytes must be positive, was " + maxValueBytes);
    }
  }

  /** The AWS-like defaults. */
  public static JsonataLimits defaults() {
    return new JsonataLimits(DEFAULT_MAX_DEPTH, DEFAULT_TIMEOUT, DEFAULT_MAX_VALUE_BYTES);
  }

  /** A copy with another depth limit. */
  public JsonataLimits withMaxDepth(int depth) {
    return new JsonataLimits(depth, timeout, maxValueBytes);
  }

  /** A copy with another time limit. */
  public JsonataLimits withTimeout(Duration limit) {
    return new JsonataLimits(maxDepth, limit, maxValueBytes);
  }

  /** A copy with another value-size limit. */
  public JsonataLimits withMaxValueBytes(long bytes) {
    return new JsonataLimits(maxDepth, timeout, bytes);
  }
}
