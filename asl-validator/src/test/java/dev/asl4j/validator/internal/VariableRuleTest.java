package dev.asl4j.validator.internal;

import static dev.asl4j.parser.DiagnosticCode.INVALID_VARIABLE;
import static dev.asl4j.parser.DiagnosticCode.UNDEFINED_VARIABLE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VariableRuleTest {
  @Test
  void assignKeysMustBeVariableNames() {
    Check c = Check.of("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "End": true, "Assign": {
            "ok": 1, "_ok2": 2, "número": 3, "ok.$": "$.x",
            "a.b": 1, "a[0]": 1, "states": 1, "1st": 1, "top-level": 1, "": 1}}}}
        """);
    assertThat(c.at(INVALID_VARIABLE)).containsExactlyInAnyOrder(
        "/States/A/Assign/a.b", "/States/A/Assign/a[0]", "/States/A/Assign/states",
        "/States/A/Assign/1st", "/States/A/Assign/top-level", "/States/A/Assign/");
  }

  @Test
  void innerScopesCannotAssignOuterVariables() {
    Check c = Check.of("""
        {"StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"total": 0}, "Next": "P"},
          "P": {"Type": "Parallel", "End": true, "Assign": {"fromOwner": 1},
                "Catch": [{"ErrorEquals": ["States.ALL"], "Assign": {"caught": 1}, "Next": "F"}],
                "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true,
                  "Assign": {"total": 1, "caught": 1, "fromOwner": 1, "local": 1}}}}]},
          "F": {"Type": "Fail"}}}
        """);
    assertThat(c.at(INVALID_VARIABLE))
        .containsExactly("/States/P/Branches/0/States/B/Assign/total");
  }

  @Test
  void aDistributedMapIsASeparateExecution() {
    Check c = Check.of("""
        {"StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"total": 0}, "Next": "M"},
          "M": {"Type": "Map", "End": true, "ItemProcessor": {
            "ProcessorConfig": {"Mode": "DISTRIBUTED"}, "StartAt": "B",
            "States": {"B": {"Type": "Pass", "End": true, "Assign": {"total": 1},
                             "Parameters": {"t.$": "$total"}}}}}}}
        """);
    assertThat(c.at(INVALID_VARIABLE)).isEmpty();
    assertThat(c.at(UNDEFINED_VARIABLE)).isEmpty(); // its own 'total' is visible
  }

  @Test
  void readsOfUnassignedVariablesAreWarnings() {
    Check c = Check.of("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Assign": {"x": 1}, "Next": "B",
                "Parameters": {"a.$": "$x", "b.$": "$y.field", "c.$": "States.Format('{}', $z)",
                               "d": "$nope", "e.$": "$$.Execution.Id", "f.$": "$.input"}},
          "B": {"Type": "Choice", "Default": "C",
                "Choices": [{"Variable": "$w", "IsNull": true, "Next": "C"}]},
          "C": {"Type": "Pass", "End": true, "QueryLanguage": "JSONata",
                "Output": "{% ($local := 1; $map([1], function($v) { $v + $local + $x + $q })) %}"}}}
        """);
    assertThat(c.messages(UNDEFINED_VARIABLE)).hasSize(4)
        .anyMatch(m -> m.contains("'$y'")).anyMatch(m -> m.contains("'$z'"))
        .anyMatch(m -> m.contains("'$w'")).anyMatch(m -> m.contains("'$q'"));
    assertThat(c.errors()).isEmpty();
  }

  @Test
  void innerScopesSeeOuterVariables() {
    Check c = Check.of("""
        {"QueryLanguage": "JSONata", "StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"total": 0}, "Next": "M"},
          "M": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "B",
            "States": {"B": {"Type": "Pass", "End": true, "Output": "{% $total %}"}}}}}}
        """);
    assertThat(c.all()).isEmpty();
  }
}
