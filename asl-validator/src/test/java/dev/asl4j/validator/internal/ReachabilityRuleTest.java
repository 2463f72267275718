package dev.asl4j.validator.internal;

import static dev.asl4j.parser.DiagnosticCode.MISSING_END_STATE;
import static dev.asl4j.parser.DiagnosticCode.UNREACHABLE_STATE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReachabilityRuleTest {
  @Test
  void aLoopWithoutTerminalStateIsMissingAnEndAndNothingElse() {
    Check c = Check.of("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Next": "B"},
          "B": {"Type": "Pass", "Next": "A"},
          "X": {"Type": "Pass", "Next": "A"}}}
        """);
    assertThat(c.codes()).containsExactly(MISSING_END_STATE);
    assertThat(c.messages(MISSING_END_STATE)).containsExactly("Workflow has no terminal state");
    assertThat(c.at(MISSING_END_STATE)).containsExactly("");
  }

  @Test
  void anUnreachableTerminalStateIsReportedAsUnreachable() {
    Check c = Check.of("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Next": "B"},
          "B": {"Type": "Pass", "Next": "A"},
          "C": {"Type": "Pass", "End": true}}}
        """);
    assertThat(c.codes()).containsExactly(UNREACHABLE_STATE);
    assertThat(c.messages(UNREACHABLE_STATE)).containsExactly("State \"C\" is not reachable.");
    assertThat(c.at(UNREACHABLE_STATE)).containsExactly("/States/C");
  }

  @Test
  void branchesAndProcessorsAreCheckedOnTheirOwn() {
    Check c = Check.of("""
        {"StartAt": "P", "States": {
          "P": {"Type": "Parallel", "Next": "M", "Branches": [
            {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 1, "Next": "W"}}}]},
          "M": {"Type": "Map", "End": true, "Iterator": {"StartAt": "I", "States": {
            "I": {"Type": "Pass", "End": true}, "Lost": {"Type": "Fail"}}}}}}
        """);
    assertThat(c.at(MISSING_END_STATE)).containsExactly("/States/P/Branches/0");
    assertThat(c.at(UNREACHABLE_STATE)).containsExactly("/States/M/Iterator/States/Lost");
  }

  @Test
  void statesReachedThroughChoicesDefaultsAndCatchersAreReachable() {
    Check c = Check.of("""
        {"StartAt": "T", "States": {
          "F": {"Type": "Fail"},
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "C",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "F"}]},
          "C": {"Type": "Choice", "Default": "D",
                "Choices": [{"Variable": "$.a", "IsNull": true, "Next": "S"}]},
          "D": {"Type": "Pass", "End": true},
          "S": {"Type": "Succeed"}}}
        """);
    assertThat(c.all()).isEmpty();
  }
}
