package dev.asl4j.interpreter.internal.jsonata;

import static dev.asl4j.interpreter.internal.jsonata.Fixtures.NO_VARS;
import static dev.asl4j.interpreter.internal.jsonata.Fixtures.cause;
import static dev.asl4j.interpreter.internal.jsonata.Fixtures.eval;
import static dev.asl4j.interpreter.internal.jsonata.Fixtures.expr;
import static dev.asl4j.interpreter.internal.jsonata.Fixtures.json;
import static dev.asl4j.interpreter.internal.jsonata.Fixtures.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.internal.expr.AslException;
import dev.asl4j.parser.expr.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonataEvaluatorTest {
  private final JsonataEvaluator ev = Fixtures.evaluator();

  @Test
  void readsStatesAndVariables() {
    ObjectNode st = states("{\"n\": 2}");
    st.set("result", json("{\"r\": 5}"));
    JsonNode v = ev.evaluate(expr("$states.input.n * $states.result.r + $x"), st,
        Fixtures.scope(Map.of("x", json("1"))), "Output");
    assertThat(v.toString()).isEqualTo("11");
  }

  @Test
  void unknownVariableIsUndefinedAndUndefinedIsNull() {
    assertThat(ev.evaluate(expr("$nope"), states("{}"), NO_VARS, "Output")).isNull();
    assertThat(eval(ev, "$states.input.missing", "{}")).isEqualTo("undefined");
  }

  @Test
  void jsonNullStaysApartFromUndefined() {
    assertThat(eval(ev, "null", "{}")).isEqualTo("null");
    assertThat(eval(ev, "$states.input.k", "{\"k\": null}")).isEqualTo("null");
    assertThat(eval(ev, "{'a': $states.input.k, 'b': $states.input.none}", "{\"k\": null}"))
        .isEqualTo("{\"a\":null}");
  }

  @Test
  void numbersKeepIntegerness() {
    assertThat(eval(ev, "2 * 1.5", "{}")).isEqualTo("3");
    assertThat(eval(ev, "$states.input.d + 0", "{\"d\": 3.0}")).isEqualTo("3");
    assertThat(eval(ev, "1 / 4", "{}")).isEqualTo("0.25");
    assertThat(eval(ev, "9007199254740993", "{}")).isEqualTo("9007199254740992");
    assertThat(eval(ev, "$states.input.big", "{\"big\": 12345678901}")).isEqualTo("12345678901");
  }

  @Test
  void untouchedInputIsPassedThroughWithoutCopy() {
    ObjectNode st = states("{\"deep\": {\"x\": [1, 2]}}");
    JsonNode v = ev.evaluate(expr("$states.input.deep"), st, NO_VARS, "Output");
    assertThat(v).isSameAs(st.get("input").get("deep"));
  }

  @Test
  void evalIsRemovedAsOnAws() {
    assertThat(cause(ev, "$eval('1+1')", "{}")).isEqualTo(
        "The JSONata expression '$eval('1+1')' specified for the field 'Output' threw an error"
            + " during evaluation. T1006: Attempted to invoke a non-function");
  }

  @Test
  void unknownFunctionCauseMatchesRecordedAwsText() {
    JsonNode st = states("{\"FunctionInput\": \"fst\"}");
    assertThatThrownBy(() -> ev.evaluateRequired(
            expr(" $randomSeeded($states.input.FunctionInput.fst) "), st, NO_VARS, "Output/FunctionResult"))
        .isInstanceOf(AslException.class)
        .hasFieldOrPropertyWithValue("statePrefixed", true)
        .extracting(e -> ((AslException) e).error().cause())
        .isEqualTo("The JSONata expression '$randomSeeded($states.input.FunctionInput.fst)' specified"
            + " for the field 'Output/FunctionResult' threw an error during evaluation. T1006:"
            + " Attempted to invoke a non-function");
  }

  @Test
  void undefinedCause() {
    assertThatThrownBy(() -> ev.evaluateRequired(expr("$doesNotExist"), states("{}"), NO_VARS, "Arguments"))
        .extracting(e -> ((AslException) e).error().cause())
        .isEqualTo("The JSONata expression '$doesNotExist' specified for the field 'Arguments'"
            + " returned nothing (undefined).");
  }

  @Test
  void typedEvaluationUsesAwsTypeNamesAndPrintsValuesAsJson() {
    assertThat(wrongType("'string'", ValueType.ARRAY)).endsWith(
        "The JSONata expression ''string'' specified for the field 'Items' returned an unexpected"
            + " result type. Expected 'array', but was 'string' for value: \"string\"");
    assertThat(wrongType("1", ValueType.ARRAY)).endsWith("but was 'number' for value: 1");
    assertThat(wrongType("null", ValueType.ARRAY)).endsWith("but was 'null' for value: null");
    assertThat(wrongType("true", ValueType.ARRAY)).endsWith("but was 'boolean' for value: true");
    assertThat(wrongType("{'foo': 'bar'}", ValueType.ARRAY))
        .endsWith("but was 'object' for value: {\"foo\":\"bar\"}");
    assertThat(wrongType("1.5", ValueType.INTEGER)).contains("Expected 'integer', but was 'number' for value: 1.5");
    assertThat(wrongType("1", ValueType.BOOLEAN)).contains("Expected 'boolean'");
    assertThat(wrongType("1", ValueType.STRING)).contains("Expected 'string'");
    assertThat(wrongType("'1'", ValueType.NUMBER)).contains("Expected 'number', but was 'string'");
    assertThat(wrongType("[1]", ValueType.OBJECT)).contains("but was 'array' for value: [1]");
    assertThat(ev.evaluateAs(expr("2.0"), states("{}"), NO_VARS, "Seconds", ValueType.INTEGER).asInt()).isEqualTo(2);
    assertThat(ev.evaluateAs(expr("[]"), states("{}"), NO_VARS, "Items", ValueType.ARRAY).isArray()).isTrue();
  }

  private String wrongType(String source, ValueType type) {
    try {
      ev.evaluateAs(expr(source), states("{}"), NO_VARS, "Items", type);
      throw new AssertionError("accepted " + source);
    } catch (AslException e) {
      return e.error().cause();
    }
  }

  @Test
  void templatesEvaluateAtAnyDepthAndNameNestedFields() {
    Template t = new Template.Obj("/o", List.of(
        new Template.Field("static", false, new Template.Literal("/o/static", json("[1, \"$x\"]"))),
        new Template.Field("a", false, jsonata("/o/a", "$states.input.a")),
        new Template.Field("list", false, new Template.Arr("/o/list", List.of(
            new Template.Literal("/o/list/0", json("0")),
            new Template.Obj("/o/list/1", List.of(
                new Template.Field("k", false, jsonata("/o/list/1/k", "$states.input.a + 1")))))))));
    assertThat(ev.evaluateTemplate(t, states("{\"a\": 1}"), NO_VARS, "Output").toString())
        .isEqualTo("{\"static\":[1,\"$x\"],\"a\":1,\"list\":[0,{\"k\":2}]}");

    assertThatThrownBy(() -> ev.evaluateTemplate(t, states("{}"), NO_VARS, "Output"))
        .extracting(e -> ((AslException) e).error().cause())
        .isEqualTo("The JSONata expression '$states.input.a' specified for the field 'Output/a'"
            + " returned nothing (undefined).");
    Template inArray = new Template.Obj("/o", List.of(new Template.Field("list", false,
        new Template.Arr("/o/list", List.of(new Template.Literal("/o/list/0", json("0")), jsonata("/o/list/1", "$nope"))))));
    assertThatThrownBy(() -> ev.evaluateTemplate(inArray, states("{}"), NO_VARS, "Output"))
        .extracting(e -> ((AslException) e).error().cause().toString())
        .asString().contains("for the field 'Output/list[1]' returned nothing");
  }

  @Test
  void templateOfASingleExpressionAndTypedTemplate() {
    assertThat(ev.evaluateTemplateAs(jsonata("/Items", "[1,2]"), states("{}"), NO_VARS, "Items", ValueType.ARRAY))
        .hasSize(2);
    assertThat(ev.evaluateTemplate(new Template.Literal("/x", json("5")), states("{}"), NO_VARS, "X").asInt())
        .isEqualTo(5);
  }

  @Test
  void jsonPathNodesAreRejected() {
    Template path = new Template.IntrinsicValue("/p", null);
    assertThatThrownBy(() -> ev.evaluateTemplate(path, states("{}"), NO_VARS, "Output"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void syntaxErrorAtRunTimeIsAQueryEvaluationError() {
    assertThat(cause(ev, "10 + * 2", "{}")).contains("threw an error during evaluation. S0201");
    ev.precompile(jsonata("/x", "1 + 1")); // compiles without evaluating
  }

  @Test
  void functionSignatureMessagesSayFunctionNotObject() {
    assertThat(cause(ev, "$length(1)", "{}"))
        .endsWith("T0410: Argument 1 of function \"length\" does not match function signature");
    assertThat(cause(ev, "$error('boom')", "{}")).endsWith("evaluation. D3137: boom");
    assertThat(cause(ev, "$sum(['a'])", "{}"))
        .endsWith("T0412: Argument 1 of function \"sum\" must be an array of \"numbers\"");
    assertThat(cause(ev, "  $join(['a', 1], ',')", "{}"))
        .endsWith("T0412: Argument 1 of function \"join\" must be an array of \"strings\"");
  }

  @Test
  void functionValuesAreNotData() {
    assertThat(eval(ev, "$sum", "{}")).isEqualTo("undefined");
    assertThat(eval(ev, "{'f': $sum, 'a': 1}", "{}")).isEqualTo("{\"a\":1}");
  }

  @Test
  void limitsAreExposedAndArgumentsChecked() {
    assertThat(ev.limits()).isEqualTo(JsonataLimits.defaults());
    assertThatThrownBy(() -> new JsonataEvaluator(null, Fixtures.CLOCK)).isInstanceOf(NullPointerException.class);
  }

  static Template.JsonataValue jsonata(String pointer, String source) {
    return new Template.JsonataValue(pointer, expr(source));
  }
}
