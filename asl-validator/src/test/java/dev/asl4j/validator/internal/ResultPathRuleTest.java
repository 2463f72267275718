package dev.asl4j.validator.internal;

import static dev.asl4j.parser.DiagnosticCode.INVALID_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultPathRuleTest {
  @Test
  void resultPathCannotWriteTheContextOrAVariable() {
    Check c = Check.of("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "ResultPath": "$$.Execution", "Next": "B"},
          "B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "ResultPath": "$foo",
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$bar", "Next": "C"}],
                "Next": "C"},
          "C": {"Type": "Pass", "ResultPath": "$.result", "Next": "D"},
          "D": {"Type": "Pass", "ResultPath": null, "End": true}}}
        """);
    assertThat(c.at(INVALID_PATH)).containsExactlyInAnyOrder(
        "/States/A/ResultPath", "/States/B/ResultPath", "/States/B/Catch/0/ResultPath");
  }
}
