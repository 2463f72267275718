package dev.asl4j.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Value checks shared by the builders, with AWS's messages. */
final class Checks {
  /** AWS's upper bound for most second counts (TimeoutSeconds, Wait Seconds, ...). */
  static final long MAX_SECONDS = 99_999_999L;

  /**
   * RFC 3339 shape: uppercase {@code T}, and {@code Z} or a {@code ±hh:mm} offset. java.time alone
   * would also accept a lowercase {@code t} and second-precision offsets.
   */
  private static final Pattern RFC3339 = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  private Checks() {}

  /** An integral number within {@code [min, max]}; integral floats such as {@code 10.0} pass. */
  static Optional<Integer> integer(
      JsonNode v, String pointer, long min, long max, Problems problems) {
    if (!v.isNumber() || !(v.isIntegralNumber() || isWhole(v))) {
      problems.schema(pointer, "Expected value of type Integer");
      return Optional.empty();
    }
    if (!inRange(v, min, max, pointer, problems)) {
      return Optional.empty();
    }
    return Optional.of(v.intValue());
  }

  /** A number within {@code [min, max]}. */
  static Optional<Double> number(
      JsonNode v, String pointer, double min, double max, Problems problems) {
    if (!v.isNumber()) {
      problems.schema(pointer, "Expected value of type Number");
      return Optional.empty();
    }
    double d = v.doubleValue();
    if (d < min) {
      problems.schema(pointer, "Minimum value is " + min); // AWS writes "0.0", "100.0"
      return Optional.empty();
    }
    if (d > max) {
      problems.schema(pointer, "Maximum value is " + max);
      return Optional.empty();
    }
    return Optional.of(d);
  }

  private static boolean inRange(JsonNode v, long min, long max, String ptr, Problems problems) {
    // Compare as BigDecimal so that huge literals do not wrap around.
    java.math.BigDecimal d = v.decimalValue();
    if (d.compareTo(java.math.BigDecimal.valueOf(min)) < 0) {
      problems.schema(ptr, "Minimum value is " + min);
      return false;
    }
    if (d.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
      problems.schema(ptr, "Maximum value is " + max);
      return false;
    }
    return true;
  }

  private static boolean isWhole(JsonNode v) {
    if (!v.isFloatingPointNumber()) {
      return false;
    }
    double d = v.doubleValue();
    return !Double.isInfinite(d) && d == Math.rint(d);
  }

  /** Whether {@code s} is an RFC 3339 timestamp with valid field values. */
  static boolean isTimestamp(String s) {
    if (!RFC3339.matcher(s).matches()) {
      return false;
    }
    try {
      OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
