package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Whole seconds read from state input or an expression ({@code SecondsPath}, {@code
 * TimeoutSecondsPath}, JSONata {@code Seconds}...), and instants that many seconds later without
 * overflow: {@code 1e300} is "not an integer", never a {@code long overflow} crash.
 */
final class Seconds {
  /** Far beyond any execution's time limit (a year), yet nowhere near Instant's range. */
  private static final Duration FAR = Duration.ofDays(365L * 100);

  private Seconds() {}

  /** {@code v} as whole seconds, or null when it is no integer within the range of a long. */
  static Long whole(JsonNode v) {
    if (v == null || !v.isNumber()) {
      return null;
    }
    if (v.canConvertToExactIntegral() || v.isIntegralNumber()) {
      return v.canConvertToLong() ? v.longValue() : null;
    }
    double d = v.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.rint(d)) {
      return null;
    }
    BigDecimal b = v.decimalValue();
    return b.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
        || b.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0 ? null : b.longValueExact();
  }

  /**
   * {@code seconds} after {@code t}, saturated a century ahead: a longer wait or timeout can only
   * end in the execution's own time limit first.
   */
  static Instant after(Instant t, long seconds) {
    return seconds > FAR.getSeconds() ? t.plus(FAR) : t.plusSeconds(Math.max(0, seconds));
  }
}
