package dev.asl4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.model.PassState;
import dev.asl4j.parser.model.StateMachine;
import org.junit.jupiter.api.Test;

/** Model to JSON: the shape of what is written. */
class AslWriterTest {
  private static StateMachine parse(String text) {
    ParseResult r = AslParser.create().parse(text, "w.json");
    assertThat(r.diagnostics()).isEmpty();
    return r.model().orElseThrow();
  }

  @Test
  void defaultsAreLeftOutAndPathFormsGoToPathFields() throws Exception {
    StateMachine sm = parse("""
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:x", "InputPath": "$", "ResultPath": null,
                "TimeoutSecondsPath": "$.t", "HeartbeatSeconds": 5,
                "Retry": [{"ErrorEquals": ["E"], "IntervalSeconds": 1, "MaxAttempts": 3,
                           "BackoffRate": 2.0, "JitterStrategy": "NONE"}],
                "Next": "F"},
          "F": {"Type": "Fail", "CausePath": "States.Format('{}', $.c)", "Error": "E"}}}""");
    JsonNode t = AslWriter.toJson(sm).at("/States/T");
    assertThat(t.has("InputPath")).isFalse();
    assertThat(t.get("ResultPath").isNull()).isTrue();
    assertThat(t.get("TimeoutSecondsPath").asText()).isEqualTo("$.t");
    assertThat(t.has("TimeoutSeconds")).isFalse();
    assertThat(t.get("HeartbeatSeconds").asInt()).isEqualTo(5);
    assertThat(t.at("/Retry/0").toString()).isEqualTo("{\"ErrorEquals\":[\"E\"]}");
    JsonNode f = AslWriter.toJson(sm).at("/States/F");
    assertThat(f.get("CausePath").asText()).startsWith("States.Format(");
    assertThat(f.get("Error").asText()).isEqualTo("E");
    assertThat(f.get("Type").asText()).isEqualTo("Fail");
  }

  @Test
  void queryLanguageIsWrittenWhereItDiffersFromTheMachine() {
    StateMachine sm = parse("""
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
          "A": {"Type": "Pass", "Output": "{% $states.input %}", "Next": "B"},
          "B": {"Type": "Pass", "QueryLanguage": "JSONPath", "Parameters": {"x.$": "$.y"},
                "End": true}}}""");
    ObjectNode o = AslWriter.toJson(sm);
    assertThat(o.get("QueryLanguage").asText()).isEqualTo("JSONata");
    assertThat(o.at("/States/A").has("QueryLanguage")).isFalse();
    assertThat(o.at("/States/A/Output").asText()).isEqualTo("{% $states.input %}");
    assertThat(o.at("/States/B/QueryLanguage").asText()).isEqualTo("JSONPath");
    assertThat(o.at("/States/B/Parameters/x.$").asText()).isEqualTo("$.y");
  }

  @Test
  void choiceRulesAreWrittenBack() {
    String text = """
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Default": "D", "Choices": [
            {"Not": {"Variable": "$.a", "NumericEqualsPath": "$.b"}, "Next": "D"},
            {"Or": [{"Variable": "$.s", "StringMatches": "x*"},
                    {"Variable": "$.n", "IsNull": true}], "Next": "D", "Comment": "c"}]},
          "D": {"Type": "Succeed"}}}""";
    StateMachine sm = parse(text);
    ObjectNode o = AslWriter.toJson(sm);
    assertThat(o.at("/States/C/Choices/0/Not/NumericEqualsPath").asText()).isEqualTo("$.b");
    assertThat(o.at("/States/C/Choices/1/Or/1/IsNull").asBoolean()).isTrue();
    assertThat(o.at("/States/C/Choices/1/Comment").asText()).isEqualTo("c");
    assertThat(parse(AslWriter.toText(sm))).isEqualTo(sm);
  }

  @Test
  void theJsonTreeIsIndependentOfTheModel() {
    StateMachine sm = parse("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", "
        + "\"Result\": {\"k\": 1}, \"End\": true}}}");
    ObjectNode o = AslWriter.toJson(sm);
    ((ObjectNode) o.at("/States/A/Result")).put("k", 2);
    PassState a = (PassState) sm.states().get("A");
    assertThat(a.result().orElseThrow().get("k").asInt()).isEqualTo(1);
  }

  @Test
  void textIsPrettyPrintedJson() {
    StateMachine sm = parse("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    String text = AslWriter.toText(sm);
    assertThat(text).contains("\n").startsWith("{");
    assertThat(parse(text)).isEqualTo(sm);
  }
}
