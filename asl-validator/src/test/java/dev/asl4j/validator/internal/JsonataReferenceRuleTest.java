package dev.asl4j.validator.internal;

import static dev.asl4j.parser.DiagnosticCode.INVALID_JSONATA_REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonataReferenceRuleTest {
  @Test
  void resultAndErrorOutputOnlyWhereTheyExist() {
    Check c = Check.of("""
        {"QueryLanguage": "JSONata", "StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "P",
                "Arguments": {"a": "{% $states.result %}"},
                "Output": {"ok": "{% $states.result.Payload %}"},
                "Assign": {"err": "{% $states.errorOutput %}"},
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "P",
                  "Output": "{% $states.errorOutput %}",
                  "Assign": {"r": "{% $states.result %}"}}]},
          "P": {"Type": "Pass", "End": true,
                "Output": "{% $merge([$states.input, {'text': '$states.result'}]) %}",
                "Assign": {"x": "{% $states . result %}"}}}}
        """);
    assertThat(c.at(INVALID_JSONATA_REFERENCE)).containsExactlyInAnyOrder(
        "/States/T/Arguments/a", "/States/T/Assign/err", "/States/T/Catch/0/Assign/r",
        "/States/P/Assign/x");
  }

  @Test
  void doubleDollarIsNotJsonata() {
    Check c = Check.of("""
        {"QueryLanguage": "JSONata", "StartAt": "P", "States": {
          "P": {"Type": "Pass", "End": true, "Output": "{% $$.Execution.Id %}"}}}
        """);
    assertThat(c.at(INVALID_JSONATA_REFERENCE)).containsExactly("/States/P/Output");
  }

  @Test
  void jsonPathStatesAreNotScanned() {
    Check c = Check.of("""
        {"StartAt": "P", "States": {
          "P": {"Type": "Pass", "End": true, "Result": "{% $states.result %}"}}}
        """);
    assertThat(c.all()).isEmpty();
  }
}
