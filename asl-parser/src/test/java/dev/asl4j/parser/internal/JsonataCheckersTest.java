package dev.asl4j.parser.internal;

import static dev.asl4j.parser.internal.Parsing.errorLines;
import static dev.asl4j.parser.internal.Parsing.singleJsonata;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** JSONata syntax checkers found through ServiceLoader are consulted for every expression. */
class JsonataCheckersTest {
  @Test
  void providerComplaintsBecomeInvalidJsonata() {
    assertThat(errorLines(singleJsonata("{\"Type\": \"Pass\", \"End\": true, \"Output\": "
        + "{\"a\": \"{% 1 + @@bad %}\"}, \"Assign\": {\"v\": \"{% 2 %}\"}}")))
        .containsExactly("/States/A/Output/a: Invalid JSONata expression '1 + @@bad': marker found");
  }

  @Test
  void scalarAndConditionExpressionsAreCheckedToo() {
    assertThat(errorLines(singleJsonata("{\"Type\": \"Choice\", \"Choices\": [{\"Condition\": "
        + "\"{% @@bad %}\", \"Next\": \"A\"}]}"))).hasSize(1);
    assertThat(errorLines(singleJsonata("{\"Type\": \"Wait\", \"End\": true, \"Seconds\": "
        + "\"{% @@bad %}\"}"))).hasSize(1);
  }

  @Test
  void jsonPathStatesAreNotChecked() {
    assertThat(errorLines(Parsing.single("{\"Type\": \"Pass\", \"End\": true, \"Parameters\": "
        + "{\"a\": \"{% @@bad %}\"}}"))).isEmpty();
  }
}
