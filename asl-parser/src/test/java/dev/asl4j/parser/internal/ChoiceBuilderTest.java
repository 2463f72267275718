package dev.asl4j.parser.internal;

import static dev.asl4j.parser.internal.Parsing.errorLines;
import static dev.asl4j.parser.internal.Parsing.parse;
import static dev.asl4j.parser.internal.Parsing.single;
import static dev.asl4j.parser.internal.Parsing.singleJsonata;
import static dev.asl4j.parser.internal.Parsing.stateA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.Severity;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.ChoiceRule;
import dev.asl4j.parser.model.ChoiceState;
import dev.asl4j.parser.model.ComparisonOperator;
import dev.asl4j.parser.model.Condition;
import org.junit.jupiter.api.Test;

/** Choice rules in both dialects. */
class ChoiceBuilderTest {
  private static String choice(String rules) {
    return single("{\"Type\": \"Choice\", \"Default\": \"A\", \"Choices\": [" + rules + "]}");
  }

  @Test
  void comparisonsWithLiteralAndPathOperands() {
    ChoiceState c = stateA(choice("""
        {"Variable": "$.n", "NumericGreaterThan": 3, "Next": "A", "Comment": "big"},
        {"Variable": "$.s", "StringEqualsPath": "$.t", "Next": "A"},
        {"Variable": "$.x", "IsPresent": true, "Next": "A"}"""));
    assertThat(c.defaultNext()).contains("A");
    ChoiceRule r0 = c.choices().get(0);
    assertThat(r0.pointer()).isEqualTo("/States/A/Choices/0");
    assertThat(r0.next()).contains("A");
    assertThat(r0.comment()).contains("big");
    Condition.Comparison c0 = (Condition.Comparison) r0.condition();
    assertThat(c0.variable().text()).isEqualTo("$.n");
    assertThat(c0.operator()).isEqualTo(ComparisonOperator.NUMERIC_GREATER_THAN);
    assertThat(c0.value().intValue()).isEqualTo(3);
    assertThat(c0.valuePath()).isNull();
    Condition.Comparison c1 = (Condition.Comparison) c.choices().get(1).condition();
    assertThat(c1.operator()).isEqualTo(ComparisonOperator.STRING_EQUALS);
    assertThat(c1.value()).isNull();
    assertThat(c1.valuePath().text()).isEqualTo("$.t");
    Condition.Comparison c2 = (Condition.Comparison) c.choices().get(2).condition();
    assertThat(c2.operator()).isEqualTo(ComparisonOperator.IS_PRESENT);
    assertThat(c2.value().booleanValue()).isTrue();
  }

  @Test
  void booleanRulesNest() {
    ChoiceState c = stateA(choice("""
        {"And": [{"Variable": "$.a", "BooleanEquals": true},
                 {"Not": {"Or": [{"Variable": "$.b", "IsNull": true, "Comment": "x"},
                                 {"Variable": "$.c", "TimestampLessThan": "2020-01-01T00:00:00Z"}]}}],
         "Next": "A"}"""));
    Condition.And and = (Condition.And) c.choices().get(0).condition();
    assertThat(and.pointer()).isEqualTo("/States/A/Choices/0");
    assertThat(and.operands()).hasSize(2);
    Condition.Not not = (Condition.Not) and.operands().get(1);
    assertThat(not.pointer()).isEqualTo("/States/A/Choices/0/And/1");
    Condition.Or or = (Condition.Or) not.operand();
    assertThat(or.pointer()).isEqualTo("/States/A/Choices/0/And/1/Not");
    assertThat(or.operands().get(1).pointer()).isEqualTo("/States/A/Choices/0/And/1/Not/Or/1");
  }

  @Test
  void jsonataConditions() {
    ChoiceState c = stateA(singleJsonata("""
        {"Type": "Choice", "Default": "A", "Choices": [
          {"Condition": "{% $states.input.n > 3 %}", "Next": "A",
           "Assign": {"v": "{% 1 %}"}, "Output": {"o": 1}},
          {"Condition": true, "Next": "A"}]}"""));
    Condition.Jsonata j0 = (Condition.Jsonata) c.choices().get(0).condition();
    assertThat(j0.condition()).isInstanceOf(Template.JsonataValue.class);
    assertThat(j0.condition().pointer()).isEqualTo("/States/A/Choices/0/Condition");
    assertThat(c.choices().get(0).assign().orElseThrow()).isInstanceOf(Template.Obj.class);
    assertThat(c.choices().get(0).output()).isPresent();
    Condition.Jsonata j1 = (Condition.Jsonata) c.choices().get(1).condition();
    assertThat(((Template.Literal) j1.condition()).value().booleanValue()).isTrue();
  }

  @Test
  void operandTypesAreChecked() {
    assertThat(errorLines(choice("""
        {"Variable": "$.a", "NumericEquals": "3", "Next": "A"},
        {"Variable": "$.a", "StringEquals": 3, "Next": "A"},
        {"Variable": "$.a", "IsString": "yes", "Next": "A"}"""))).containsExactly(
            "/States/A/Choices/0/NumericEquals: Expected value of type Number",
            "/States/A/Choices/1/StringEquals: Expected value of type String",
            "/States/A/Choices/2/IsString: Expected value of type Boolean");
  }

  @Test
  void structuralProblems() {
    assertThat(errorLines(choice("""
        {"NumericEquals": 3, "Next": "A"},
        {"Variable": "$.a", "Next": "A"},
        {"Variable": "$.a", "NumericEquals": 1, "StringEquals": "x", "Next": "A"},
        {"Variable": "$.a", "IsNull": true, "Frobnicate": 1, "Next": "A"},
        {"Next": "A", "Comment": "no test"}"""))).containsExactly(
            "/States/A/Choices/0: These fields are required: [Variable]",
            "/States/A/Choices/1: The choice rule has no comparison operator",
            "/States/A/Choices/2: There should only be one of the following fields: "
                + "[NumericEquals, StringEquals]",
            "/States/A/Choices/3: Field 'Frobnicate' is not supported",
            "/States/A/Choices/4: A choice rule needs one of Condition, And, Or, Not, or Variable "
                + "with an operator");
    assertThat(errorLines(single("{\"Type\": \"Choice\"}")))
        .containsExactly("/States/A: These fields are required: [Choices]");
  }

  @Test
  void nestedRulesCannotCarryTopLevelFields() {
    assertThat(errorLines(choice("{\"Not\": {\"Variable\": \"$.a\", \"IsNull\": true, "
        + "\"Next\": \"A\"}, \"Next\": \"A\"}")))
        .containsExactly("/States/A/Choices/0/Not: Field 'Next' is not supported");
  }

  @Test
  void anEmptyRuleIsOnlyAWarningAndNeverMatches() {
    var r = parse(choice("{}, {\"Variable\": \"$.a\", \"IsNull\": true, \"Next\": \"A\"}"));
    assertThat(r.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
    ChoiceState c = (ChoiceState) r.model().orElseThrow().states().get("A");
    assertThat(c.choices()).hasSize(2);
    assertThat(c.choices().get(0).condition())
        .isEqualTo(new Condition.Or("/States/A/Choices/0", java.util.List.of()));
    assertThat(c.choices().get(1).pointer()).isEqualTo("/States/A/Choices/1");
  }
}
