package dev.asl4j.parser.internal;

import static dev.asl4j.parser.internal.Parsing.errorLines;
import static dev.asl4j.parser.internal.Parsing.errors;
import static dev.asl4j.parser.internal.Parsing.single;
import static dev.asl4j.parser.internal.Parsing.singleJsonata;
import static dev.asl4j.parser.internal.Parsing.stateA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.PassState;
import dev.asl4j.parser.model.TaskState;
import org.junit.jupiter.api.Test;

/** JSONPath payload templates and JSONata templates. */
class TemplateBuilderTest {
  @Test
  void staticPayloadCollapsesIntoOneLiteral() {
    PassState a = stateA(single("{\"Type\": \"Pass\", \"Parameters\": {\"a\": {\"b\": [1, "
        + "\"$.not.a.path\"]}}, \"End\": true}"));
    Template t = a.parameters().orElseThrow();
    assertThat(t).isInstanceOf(Template.Literal.class);
    assertThat(t.pointer()).isEqualTo("/States/A/Parameters");
    assertThat(((Template.Literal) t).value().at("/a/b/1").asText()).isEqualTo("$.not.a.path");
  }

  @Test
  void dynamicKeysAtAnyDepthIncludingArrays() {
    PassState a = stateA(single("""
        {"Type": "Pass", "End": true, "Parameters": {
          "static": {"x": 1},
          "list": [{"v.$": "$.v"}, 2],
          "ctx.$": "$$.Execution.Id",
          "call.$": "States.Format('{}', $.name)",
          "var.$": "$total"}}"""));
    Template.Obj obj = (Template.Obj) a.parameters().orElseThrow();
    assertThat(obj.fields()).extracting(Template.Field::name)
        .containsExactly("static", "list", "ctx", "call", "var");
    assertThat(obj.fields()).extracting(Template.Field::dynamicKey)
        .containsExactly(false, false, true, true, true);
    assertThat(obj.fields().get(0).value()).isInstanceOf(Template.Literal.class);
    Template.Arr list = (Template.Arr) obj.fields().get(1).value();
    assertThat(list.pointer()).isEqualTo("/States/A/Parameters/list");
    Template.Obj item = (Template.Obj) list.items().get(0);
    Template.PathValue v = (Template.PathValue) item.fields().get(0).value();
    assertThat(v.pointer()).isEqualTo("/States/A/Parameters/list/0/v.$");
    assertThat(v.path().text()).isEqualTo("$.v");
    assertThat(list.items().get(1)).isInstanceOf(Template.Literal.class);
    assertThat(obj.fields().get(2).value()).isInstanceOf(Template.PathValue.class);
    Template.IntrinsicValue call = (Template.IntrinsicValue) obj.fields().get(3).value();
    assertThat(call.call().name()).isEqualTo("States.Format");
    assertThat(((Template.PathValue) obj.fields().get(4).value()).path().variable())
        .isEqualTo("total");
  }

  @Test
  void badDynamicValueIsReportedAtTheFieldWithAwsWording() {
    String text = single("{\"Type\": \"Pass\", \"End\": true, \"Parameters\": {\"deep\": "
        + "{\"parsed.$\": \"not a path\"}, \"n.$\": 5}}");
    assertThat(errors(text)).extracting(Diagnostic::code).containsOnly(DiagnosticCode.INVALID_PATH);
    assertThat(errorLines(text)).containsExactlyInAnyOrder(
        "/States/A/Parameters: The value for the field 'parsed.$' must be a valid JSONPath or a "
            + "valid intrinsic function call",
        "/States/A/Parameters: The value for the field 'n.$' must be a valid JSONPath or a "
            + "valid intrinsic function call");
  }

  @Test
  void pathsWithSurroundingWhitespaceAreTolerated() {
    PassState a = stateA(single("{\"Type\": \"Pass\", \"End\": true, \"Parameters\": "
        + "{\"name.$\": \"$$.Execution.Name \"}}"));
    Template.Obj obj = (Template.Obj) a.parameters().orElseThrow();
    assertThat(((Template.PathValue) obj.fields().get(0).value()).path().text())
        .isEqualTo("$$.Execution.Name");
  }

  @Test
  void jsonPathAssignUsesPayloadRules() {
    PassState a = stateA(single("{\"Type\": \"Pass\", \"End\": true, \"Assign\": "
        + "{\"x.$\": \"$.a\", \"y\": \"{% 1 %}\"}}"));
    Template.Obj obj = (Template.Obj) a.common().assign().orElseThrow();
    assertThat(obj.fields().get(0).value()).isInstanceOf(Template.PathValue.class);
    assertThat(obj.fields().get(1).value()).isInstanceOf(Template.Literal.class);
  }

  @Test
  void jsonataExpressionsAtAnyDepth() {
    PassState a = stateA(singleJsonata("""
        {"Type": "Pass", "End": true, "Output": {
          "n": 1, "e": "{% $states.input.x %}", "list": ["{% 1 + 1 %}", "plain"],
          "key.$": "$.kept.literally", "spaced": " {% not an expression %} "}}"""));
    Template.Obj obj = (Template.Obj) a.common().output().orElseThrow();
    assertThat(obj.fields()).extracting(Template.Field::name)
        .containsExactly("n", "e", "list", "key.$", "spaced");
    assertThat(obj.fields()).extracting(Template.Field::dynamicKey).containsOnly(false);
    Template.JsonataValue e = (Template.JsonataValue) obj.fields().get(1).value();
    assertThat(e.expr().source()).isEqualTo(" $states.input.x ");
    assertThat(e.pointer()).isEqualTo("/States/A/Output/e");
    Template.Arr list = (Template.Arr) obj.fields().get(2).value();
    assertThat(list.items().get(0)).isInstanceOf(Template.JsonataValue.class);
    assertThat(obj.fields().get(3).value()).isInstanceOf(Template.Literal.class);
    assertThat(obj.fields().get(4).value()).isInstanceOf(Template.Literal.class);
  }

  @Test
  void wholeFieldExpressionAndStaticJsonata() {
    TaskState t = stateA(singleJsonata("{\"Type\": \"Task\", \"Resource\": \"arn:x\", "
        + "\"Arguments\": \"{% $states.input %}\", \"Output\": {\"a\": [1]}, \"End\": true}"));
    assertThat(t.arguments().orElseThrow()).isInstanceOf(Template.JsonataValue.class);
    assertThat(t.arguments().orElseThrow().pointer()).isEqualTo("/States/A/Arguments");
    assertThat(t.common().output().orElseThrow()).isInstanceOf(Template.Literal.class);
  }

  @Test
  void halfFramedStringsAreInvalidJsonata() {
    for (String bad : new String[] {"{% 10 %", "10 %}", "{%}"}) {
      String text = singleJsonata("{\"Type\": \"Pass\", \"End\": true, \"Output\": {\"v\": [\""
          + bad + "\"]}}");
      assertThat(errors(text)).as(bad).extracting(Diagnostic::code)
          .containsExactly(DiagnosticCode.INVALID_JSONATA);
      assertThat(errors(text)).extracting(Diagnostic::pointer)
          .containsExactly("/States/A/Output/v/0");
    }
  }

  @Test
  void emptyExpressionIsInvalid() {
    assertThat(errorLines(singleJsonata("{\"Type\": \"Pass\", \"End\": true, \"Output\": \"{%  %}\"}")))
        .containsExactly("/States/A/Output: The JSONata expression is empty");
  }

  @Test
  void jsonPathStatesKeepFramedStringsLiteralInPayloads() {
    PassState a = stateA(single("{\"Type\": \"Pass\", \"End\": true, \"Parameters\": "
        + "{\"a\": \"{% 1 %}\"}}"));
    assertThat(a.parameters().orElseThrow()).isInstanceOf(Template.Literal.class);
  }
}
