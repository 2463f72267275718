package dev.asl4j.parser.internal;

import static dev.asl4j.parser.internal.Parsing.errorLines;
import static dev.asl4j.parser.internal.Parsing.singleJsonata;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.AslParser;
import org.junit.jupiter.api.Test;

/** The parser's JSONata syntax checker is consulted for every expression, and only when it was given one. */
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
  void withoutACheckerOnlyTheFramingIsChecked() {
    String def = singleJsonata("{\"Type\": \"Pass\", \"End\": true, \"Output\": \"{% @@bad %}\"}");
    assertThat(AslParser.create().parse(def, "t.asl.json").diagnostics()).isEmpty();
    assertThat(AslParser.create().parse(singleJsonata(
        "{\"Type\": \"Pass\", \"End\": true, \"Output\": \"{% 1 \"}"), "t.asl.json")
        .diagnostics()).hasSize(1);
  }

  @Test
  void aThrowingCheckerGivesAnErrorNotACrash() {
    AslParser p = AslParser.create().withJsonataChecker(e -> {
      throw new IllegalStateException("boom");
    });
    String def = singleJsonata("{\"Type\": \"Pass\", \"End\": true, \"Output\": \"{% 1 %}\"}");
    assertThat(p.parse(def, "t.asl.json").diagnostics().toString()).contains("could not be checked");
  }

  @Test
  void jsonPathStatesAreNotChecked() {
    assertThat(errorLines(Parsing.single("{\"Type\": \"Pass\", \"End\": true, \"Parameters\": "
        + "{\"a\": \"{% @@bad %}\"}}"))).isEmpty();
  }
}
