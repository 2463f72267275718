package dev.asl4j.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.model.ChoiceState;
import dev.asl4j.parser.model.StateMachine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionTextTest {
  private static List<String> labels(String choicesJson, String ql) {
    StateMachine m = Pictures.parse("{" + ql + "\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\","
        + "\"Choices\":" + choicesJson + ",\"Default\":\"D\"},\"D\":{\"Type\":\"Succeed\"}}}");
    return ((ChoiceState) m.states().get("C")).choices().stream()
        .map(r -> ConditionText.SHORT.of(r.condition())).toList();
  }

  @Test
  void jsonPathComparisons() {
    assertThat(labels("""
        [{"Variable":"$.status","StringEquals":"OK","Next":"D"},
         {"Variable":"$.n","NumericGreaterThanEquals":5,"Next":"D"},
         {"Variable":"$.a","NumericLessThanPath":"$.b","Next":"D"},
         {"Variable":"$.x","IsPresent":false,"Next":"D"},
         {"Variable":"$.s","StringMatches":"log-*","Next":"D"},
         {"Not":{"Variable":"$.f","BooleanEquals":true},"Next":"D"},
         {"And":[{"Variable":"$.a","IsNull":true},{"Variable":"$.t","TimestampLessThan":"2024-01-01T00:00:00Z"}],"Next":"D"}]
        """, "")).containsExactly(
            "$.status == \"OK\"",
            "$.n >= 5",
            "$.a < $.b",
            "$.x is not present",
            "$.s matches \"log-*\"",
            "Not($.f == true)",
            "And($.a is null, $.t < \"2024-01-01T00:00:00Z\")");
  }

  @Test
  void longAndJsonataConditionsAreCut() {
    String longExpr = "$states.input.order.items[price > 100].quantity ~> $sum() > $states.input.limit";
    List<String> l = labels("[{\"Condition\":\"{% " + longExpr + " %}\",\"Next\":\"D\"},"
        + "{\"Condition\":\"{% $x > 1 %}\",\"Next\":\"D\"}]", "\"QueryLanguage\":\"JSONata\",");
    assertThat(l.get(0)).startsWith("{% $states.input.order").endsWith("…%}");
    assertThat(l.get(0).length()).isLessThanOrEqualTo(ConditionText.MAX);
    assertThat(l.get(1)).isEqualTo("{% $x > 1 %}");
    String many = "[{\"Or\":[" + "{\"Variable\":\"$.aaaaaaaaaa\",\"StringEquals\":\"bbbbbbbbbb\"},".repeat(5)
        + "{\"Variable\":\"$.z\",\"IsString\":true}],\"Next\":\"D\"}]";
    assertThat(labels(many, "")).containsExactly("Or(…)");
  }

  @Test
  void theFullFormKeepsLongConditionsWhole() {
    String longExpr = "$states.input.order.items[price > 100].quantity ~> $sum() > $states.input.limit";
    StateMachine m = Pictures.parse("{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"C\",\"States\":{\"C\":"
        + "{\"Type\":\"Choice\",\"Choices\":[{\"Condition\":\"{% " + longExpr + " %}\",\"Next\":\"D\"}],"
        + "\"Default\":\"D\"},\"D\":{\"Type\":\"Succeed\"}}}");
    var rule = ((ChoiceState) m.states().get("C")).choices().get(0);
    assertThat(ConditionText.FULL.of(rule.condition())).isEqualTo("{% " + longExpr + " %}");
    assertThat(ConditionText.SHORT.of(rule.condition())).endsWith("…%}");
  }
}
