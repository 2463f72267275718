package dev.asl4j.validator.internal;

import static dev.asl4j.parser.DiagnosticCode.INVALID_ERROR_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.Severity;
import org.junit.jupiter.api.Test;

class ErrorNameRuleTest {
  private static Check task(String retry, String catchers) {
    return Check.of("""
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                "Retry": %s, "Catch": %s},
          "F": {"Type": "Fail"}}}
        """.formatted(retry, catchers));
  }

  @Test
  void statesAllMustBeAloneAndLast() {
    Check c = task("""
        [{"ErrorEquals": ["States.ALL", "X"]}, {"ErrorEquals": ["Y"]}]""", """
        [{"ErrorEquals": ["States.ALL"], "Next": "F"}, {"ErrorEquals": ["Z"], "Next": "F"}]""");
    assertThat(c.at(INVALID_ERROR_NAME)).containsExactlyInAnyOrder(
        "/States/T/Retry/0/ErrorEquals/0", "/States/T/Catch/0/ErrorEquals/0");
    assertThat(c.messages(INVALID_ERROR_NAME))
        .allMatch(m -> m.equals("States.ALL must appear alone and at end of list"));
  }

  @Test
  void emptyErrorEqualsIsAnError() {
    Check c = task("[{\"ErrorEquals\": []}]", "[{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"F\"}]");
    assertThat(c.at(INVALID_ERROR_NAME)).containsExactly("/States/T/Retry/0/ErrorEquals");
  }

  @Test
  void unknownReservedNamesAreOnlyWarnings() {
    Check c = Check.of("""
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                "Catch": [{"ErrorEquals": ["States.QuorumMet", "States.Http.StatusCode.404",
                  "States.TaskFailed", "Custom.Error"], "Next": "F"}]},
          "F": {"Type": "Fail", "Error": "States.QuorumMet"}}}
        """);
    assertThat(c.errors()).isEmpty();
    assertThat(c.at(INVALID_ERROR_NAME))
        .containsExactly("/States/T/Catch/0/ErrorEquals/0", "/States/F/Error");
    assertThat(c.all()).allMatch(d -> d.severity() == Severity.WARNING);
  }

  @Test
  void lastRetrierMayUseStatesAll() {
    Check c = task("""
        [{"ErrorEquals": ["States.Timeout"]}, {"ErrorEquals": ["States.ALL"]}]""", """
        [{"ErrorEquals": ["States.ALL"], "Next": "F"}]""");
    assertThat(c.all()).isEmpty();
  }
}
