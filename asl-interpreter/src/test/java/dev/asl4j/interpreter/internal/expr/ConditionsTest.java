package dev.asl4j.interpreter.internal.expr;

import static dev.asl4j.interpreter.internal.expr.TestScope.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.asl4j.parser.expr.JsonataExpr;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.Condition;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionsTest {
  private static final JsonNode INPUT = json("{\"s\":\"abc\",\"n\":5,\"d\":2.5,\"b\":true,"
      + "\"t\":\"2024-01-01T10:00:00Z\",\"t2\":\"2024-01-01T11:00:00+01:00\",\"z\":null,"
      + "\"big\":9007199254740993,\"emoji\":\"\\uD83D\\uDE00\",\"bmp\":\"\\uFFFD\"}");
  private static final TestScope SCOPE = new TestScope(json("{}"), Map.of("limit", json("5")));

  private static boolean eval(String rule) throws Exception {
    return Conditions.evaluate(MiniMachine.condition(json(rule)), INPUT, SCOPE, JsonataHook.NONE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{'Variable':'$.s','StringEquals':'abc'}|true",
    "{'Variable':'$.s','StringLessThan':'abd'}|true",
    "{'Variable':'$.s','StringGreaterThanEquals':'abc'}|true",
    "{'Variable':'$.n','StringEquals':'5'}|false",
    "{'Variable':'$.s','StringEqualsPath':'$.s'}|true",
    "{'Variable':'$.emoji','StringGreaterThan':'\\uFFFD'}|true",
    "{'Variable':'$.n','NumericEquals':5.0}|true",
    "{'Variable':'$.n','NumericEqualsPath':'$limit'}|true",
    "{'Variable':'$limit','NumericLessThanEquals':5}|true",
    "{'Variable':'$.d','NumericGreaterThan':2}|true",
    "{'Variable':'$.big','NumericGreaterThan':9007199254740992}|true",
    "{'Variable':'$.s','NumericEquals':5}|false",
    "{'Variable':'$.b','BooleanEquals':true}|true",
    "{'Variable':'$.b','BooleanEqualsPath':'$.b'}|true",
    "{'Variable':'$.t','TimestampEquals':'2024-01-01T10:00:00.000Z'}|true",
    "{'Variable':'$.t','TimestampEqualsPath':'$.t2'}|true",
    "{'Variable':'$.t','TimestampLessThan':'2024-01-01T10:00:01Z'}|true",
    "{'Variable':'$.s','TimestampLessThan':'2024-01-01T10:00:01Z'}|false",
    "{'Variable':'$.t','TimestampLessThan':'not a time'}|false",
    "{'Variable':'$.s','StringMatches':'a*'}|true",
    "{'Variable':'$.s','StringMatches':'*c'}|true",
    "{'Variable':'$.s','StringMatches':'a\\\\*'}|false",
    "{'Variable':'$.z','IsNull':true}|true",
    "{'Variable':'$.z','IsPresent':true}|true",
    "{'Variable':'$.missing','IsPresent':false}|true",
    "{'Variable':'$.missing','IsPresent':true}|false",
    "{'Variable':'$.n','IsNumeric':true}|true",
    "{'Variable':'$.s','IsString':false}|false",
    "{'Variable':'$.b','IsBoolean':true}|true",
    "{'Variable':'$.t','IsTimestamp':true}|true",
    "{'Variable':'$.s','IsTimestamp':false}|true",
    "{'And':[{'Variable':'$.n','NumericEquals':5},{'Variable':'$.b','BooleanEquals':true}]}|true",
    "{'And':[{'Variable':'$.n','NumericEquals':6},{'Variable':'$.missing','IsNull':true}]}|false",
    "{'Or':[{'Variable':'$.n','NumericEquals':5},{'Variable':'$.missing','IsNull':true}]}|true",
    "{'Not':{'Variable':'$.n','NumericEquals':5}}|false",
  })
  void evaluates(String rule, boolean expected) throws Exception {
    assertThat(eval(rule.replace('\'', '"'))).isEqualTo(expected);
  }

  @Test
  void missingPathsFailTheState() {
    for (String rule : new String[] {
        "{\"Variable\":\"$.missing\",\"IsNull\":true}",
        "{\"Variable\":\"$.missing\",\"StringEquals\":\"x\"}",
        "{\"Variable\":\"$.s\",\"StringEqualsPath\":\"$.missing\"}",
        "{\"Variable\":\"$undefinedVar\",\"NumericEquals\":1}"}) {
      assertThatThrownBy(() -> eval(rule))
          .isInstanceOfSatisfying(AslException.class, e -> {
            assertThat(e.error().name()).isEqualTo("States.Runtime");
            assertThat(e.error().cause()).startsWith("Invalid path '$");
          });
    }
  }

  @Test
  void jsonataConditions() {
    Condition yes = new Condition.Jsonata("/c", new Template.Literal("/c/Condition",
        BooleanNode.TRUE));
    assertThat(Conditions.evaluate(yes, INPUT, SCOPE, JsonataHook.NONE)).isTrue();
    Condition expr = new Condition.Jsonata("/c", new Template.JsonataValue("/c/Condition",
        new JsonataExpr("$x")));
    assertThat(Conditions.evaluate(expr, INPUT, SCOPE, (e, p) -> BooleanNode.FALSE)).isFalse();
    assertThatThrownBy(() -> Conditions.evaluate(expr, INPUT, SCOPE, (e, p) -> json("\"s\"")))
        .isInstanceOfSatisfying(AslException.class, e -> {
          assertThat(e.error().name()).isEqualTo("States.QueryEvaluationError");
          assertThat(e.error().cause()).contains("Expected 'boolean', but was 'string'");
        });
    assertThatThrownBy(() -> Conditions.evaluate(expr, INPUT, SCOPE, (e, p) -> null))
        .isInstanceOfSatisfying(AslException.class, e -> assertThat(e.error().cause())
            .contains("returned nothing (undefined)"));
  }
}
