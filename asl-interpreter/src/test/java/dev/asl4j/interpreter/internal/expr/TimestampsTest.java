package dev.asl4j.interpreter.internal.expr;

import static dev.asl4j.interpreter.internal.expr.TestScope.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TimestampsTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "2016-03-14T01:59:00Z", "2016-03-14T01:59:00.123Z", "2016-03-14T01:59:00+01:00",
    "2016-03-14T01:59:00.123456789-08:00", "2024-02-29T00:00:00Z"
  })
  void valid(String text) {
    assertThat(Timestamps.parse(text)).isNotNull();
  }

  // The invalid ones from AWS-recorded Wait cases (TimestampPath errors), and more.
  @ParameterizedTest
  @ValueSource(strings = {
    "2016-13-05T21:29:29Z", "05-12-2016T21:29:29Z", "2016-12-05T25:29:29Z",
    "2016-12-05 21:29:29Z", "2016-12-05T21:29:29", "2024-06-01T12:00:00", "2016-03-14t01:59:00Z",
    "2016-03-14T01:59:00z", "2016-03-14T01:59Z", "2023-02-29T00:00:00Z", "2023-02-24",
    "2023-02-24 12:15:56.832957", "", "x"
  })
  void invalid(String text) {
    assertThat(Timestamps.parse(text)).isNull();
  }

  @Test
  void instantsAndFormatting() {
    assertThat(Timestamps.instant(json("\"2016-03-14T02:59:00+01:00\"")))
        .isEqualTo(Instant.parse("2016-03-14T01:59:00Z"));
    assertThat(Timestamps.instant(json("5"))).isNull();
    assertThat(Timestamps.isTimestamp(json("\"2016-03-14T01:59:00Z\""))).isTrue();
    // AWS's Context-object timestamps: zero, three, six or nine fractional digits as needed.
    assertThat(Timestamps.format(Instant.parse("2024-05-01T12:00:00Z")))
        .isEqualTo("2024-05-01T12:00:00Z");
    assertThat(Timestamps.format(Instant.parse("2024-05-01T12:00:00.120Z")))
        .isEqualTo("2024-05-01T12:00:00.120Z");
    assertThat(Timestamps.format(Instant.parse("2024-05-01T12:00:00.123456Z")))
        .isEqualTo("2024-05-01T12:00:00.123456Z");
    assertThat(Timestamps.format(Instant.parse("2024-05-01T12:00:00.000000001Z")))
        .isEqualTo("2024-05-01T12:00:00.000000001Z");
  }
}
