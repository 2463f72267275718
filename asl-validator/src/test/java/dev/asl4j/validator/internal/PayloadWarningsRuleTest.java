package dev.asl4j.validator.internal;

import static dev.asl4j.parser.DiagnosticCode.NO_DOLLAR;
import static dev.asl4j.parser.DiagnosticCode.NO_PATH;
import static dev.asl4j.parser.DiagnosticCode.PASS_RESULT_IS_STATIC;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayloadWarningsRuleTest {
  @Test
  void noDollarFlagsPathsAndCallsUnderPlainKeys() {
    Check c = Check.of("""
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                "Parameters": {"FunctionName": "f", "Qualifier": "$LATEST", "Price": "$5",
                  "Payload": {"a": "$.a", "b": "$$.Execution.Id", "c": "States.UUID()",
                              "d.$": "$.d", "e": ["$.inArray"], "f": "$"}},
                "ResultSelector": {"g": "$.g"}}}}
        """);
    assertThat(c.at(NO_DOLLAR)).containsExactlyInAnyOrder("/States/T/Parameters/Payload/a",
        "/States/T/Parameters/Payload/b", "/States/T/Parameters/Payload/c",
        "/States/T/Parameters/Payload/f", "/States/T/ResultSelector/g");
  }

  @Test
  void noPathFlagsPathsGivenToLiteralFields() {
    Check c = Check.of("""
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Default": "F", "Choices": [
            {"Variable": "$.a", "StringEquals": "$.b", "Next": "F"},
            {"Not": {"Variable": "$.a", "TimestampLessThan": "$$.State.EnteredTime"}, "Next": "F"},
            {"Variable": "$.a", "StringEqualsPath": "$.b", "Next": "F"},
            {"Variable": "$.a", "StringEquals": "$5", "Next": "F"}]},
          "F": {"Type": "Fail", "Error": "$.error", "Cause": "plain"}}}
        """);
    assertThat(c.at(NO_PATH)).containsExactlyInAnyOrder("/States/C/Choices/0/StringEquals",
        "/States/C/Choices/1/Not/TimestampLessThan", "/States/F/Error");
  }

  @Test
  void passResultIsStatic() {
    Check c = Check.of("""
        {"StartAt": "P", "States": {
          "P": {"Type": "Pass", "End": true, "Result": {"a": {"b.$": "$.x"}, "c": "$.y"}}}}
        """);
    assertThat(c.at(PASS_RESULT_IS_STATIC)).containsExactly("/States/P/Result/a/b.$");
    assertThat(c.at(NO_DOLLAR)).isEmpty();
  }

  @Test
  void jsonataStatesHaveNoSuchWarnings() {
    Check c = Check.of("""
        {"QueryLanguage": "JSONata", "StartAt": "P", "States": {
          "P": {"Type": "Pass", "End": true, "Output": {"a": "$.x", "b.$": "$.y"}}}}
        """);
    assertThat(c.all()).isEmpty();
  }
}
