package dev.asl4j.validator.internal;

import static dev.asl4j.parser.DiagnosticCode.INVALID_TRANSITION;
import static dev.asl4j.parser.DiagnosticCode.MISSING_TRANSITION_TARGET;
import static dev.asl4j.parser.DiagnosticCode.TRANSITION_OUT_OF_SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransitionRuleTest {
  @Test
  void danglingTargetsUseAwsWordingForEveryField() {
    Check c = Check.of("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Nope",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Gone"}]},
          "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsNull": true, "Next": "X"}],
                "Default": "Y"},
          "E": {"Type": "Succeed"}}}
        """);
    assertThat(c.at(MISSING_TRANSITION_TARGET)).containsExactlyInAnyOrder(
        "/States/A/Next", "/States/A/Catch/0/Next", "/States/C/Choices/0/Next",
        "/States/C/Default");
    assertThat(c.messages(MISSING_TRANSITION_TARGET)).contains("Missing 'Next' target: Nope",
        "Missing 'Next' target: Y");
  }

  @Test
  void startAtMustNameAStateOfItsScope() {
    Check c = Check.of("""
        {"StartAt": "Nope", "States": {"A": {"Type": "Pass", "End": true}}}
        """);
    assertThat(c.at(MISSING_TRANSITION_TARGET)).containsExactly("/StartAt");
  }

  @Test
  void transitionsCannotLeaveOrEnterABranch() {
    Check c = Check.of("""
        {"StartAt": "P", "States": {
          "P": {"Type": "Parallel", "Next": "Inner", "Branches": [
            {"StartAt": "Inner", "States": {"Inner": {"Type": "Pass", "Next": "Out"}}}]},
          "Out": {"Type": "Succeed"}}}
        """);
    assertThat(c.at(TRANSITION_OUT_OF_SCOPE))
        .containsExactlyInAnyOrder("/States/P/Next", "/States/P/Branches/0/States/Inner/Next");
    assertThat(c.messages(TRANSITION_OUT_OF_SCOPE).get(0)).startsWith("Missing 'Next' target:");
  }

  @Test
  void transitionsCannotLeaveAMapProcessor() {
    Check c = Check.of("""
        {"StartAt": "M", "States": {
          "M": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "I",
            "States": {"I": {"Type": "Pass", "Next": "M"}}}}}}
        """);
    assertThat(c.at(TRANSITION_OUT_OF_SCOPE))
        .containsExactly("/States/M/ItemProcessor/States/I/Next");
  }

  @Test
  void nextAndEndRules() {
    Check c = Check.of("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Next": "B", "End": true},
          "B": {"Type": "Pass"},
          "C": {"Type": "Choice", "End": true, "Choices": [
            {"Variable": "$.a", "IsNull": true},
            {"And": [{"Variable": "$.b", "IsNull": true, "Next": "A"}], "Next": "A"}]},
          "D": {"Type": "Succeed"}}}
        """);
    assertThat(c.at(INVALID_TRANSITION)).containsExactlyInAnyOrder(
        "/States/A/End", "/States/B", "/States/C/End", "/States/C/Choices/0",
        "/States/C/Choices/1/And/0/Next");
  }

  @Test
  void wellFormedTransitionsPass() {
    Check c = Check.of("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Next": "C"},
          "C": {"Type": "Choice", "Choices": [
            {"Not": {"Variable": "$.a", "IsNull": true}, "Next": "F"}], "Default": "S"},
          "F": {"Type": "Fail"},
          "S": {"Type": "Succeed"}}}
        """);
    assertThat(c.all()).isEmpty();
  }
}
