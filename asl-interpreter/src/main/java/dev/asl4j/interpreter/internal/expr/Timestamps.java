package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Timestamps as ASL reads and writes them. Reading follows {@code
 * DateTimeFormatter.ISO_OFFSET_DATE_TIME}, whose name AWS's own causes quote ("ISO-8601 extended
 * offset date-time format"), narrowed to the spec's RFC 3339 profile: an uppercase {@code T},
 * seconds, an offset or uppercase {@code Z}; impossible dates and times are rejected. Writing
 * gives the form AWS uses in the Context object, UTC with milliseconds: {@code
 * 2024-05-01T12:00:00.000Z}.
 */
public final class Timestamps {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private Timestamps() {}

  /** The timestamp {@code text} denotes, or null when it is not one. */
  public static OffsetDateTime parse(String text) {
    // What ISO_OFFSET_DATE_TIME lets go and the ASL spec does not: missing seconds
    // ("yyyy-MM-ddTHH:mm:ss" is required) and a lowercase t or z (the ISO parser ignores case).
    if (text == null || text.length() < 20 || text.length() > 64 || text.charAt(16) != ':'
        || text.charAt(10) != 'T' || text.charAt(text.length() - 1) == 'z') {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The instant of a JSON string holding a timestamp, or null for anything else. */
  public static Instant instant(JsonNode value) {
    if (value == null || !value.isTextual()) {
      return null;
    }
    OffsetDateTime t = parse(value.textValue());
    return t == null ? null : t.toInstant();
  }

  /** Whether {@code value} is a string holding a valid timestamp ({@code IsTimestamp}). */
  public static boolean isTimestamp(JsonNode value) {
    return instant(value) != null;
  }

  /** AWS's Context-object form, e.g. {@code 2024-05-01T12:00:00Z} or {@code ...:00.250Z}. */
  public static String format(Instant instant) {
    int nanos = instant.getNano();
    String whole = SECONDS.format(instant);
    if (nanos == 0) {
      return whole + "Z";
    }
    int digits = nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
    // Zero-padded by hand: String.format costs more than the rest of a Task's context object.
    String nine = Integer.toString(1_000_000_000 + nanos).substring(1);
    return whole + "." + nine.substring(0, digits) + "Z";
  }
}
