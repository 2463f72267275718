package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Built-ins that build their whole result in one library call are held to the same budgets as
 * the rest of an expression: each of these ran for minutes and took gigabytes before.
 */
class JsonataBudgetTest {
  private static ExecutionResult run(String expression) {
    AslEngine engine = AslEngine.builder().scheduler(new VirtualTimeScheduler()).build();
    String definition =
        "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\","
            + "\"Output\":\"{% " + expression.replace("\"", "\\\"") + " %}\",\"End\":true}}}";
    return engine.load(definition, "budget.asl.json").run(JsonNodeFactory.instance.objectNode());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "$pad('', 1000000000, 'x')",
      "$pad('', -1000000000, 'x')",
      "$pad('', 1e300, 'x')",
      "($x := $pad('', 4000000, 'x'); $join([1..500].($x)))",
      "($x := $pad('', 4000000, 'x'); $string([1..500].($x)))",
      "($x:=[1..1000]; $x.$x.$x)",
      "($x:=[1..1000]; $count($x.$x.$x))"})
  void sizeBlowUpsHitTheMemoryLimit(String expression) {
    ExecutionResult r = run(expression);
    assertThat(r.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(r.cause()).contains("memory limit exceeded");
  }

  @ParameterizedTest
  @ValueSource(strings = {"$formatInteger(1, $pad('', 1000000, '0'))",
      "$formatNumber(1, $pad('', 1000000, '0'))"})
  void hugePicturesAreRefused(String expression) {
    ExecutionResult r = run(expression);
    assertThat(r.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(r.cause()).contains("picture string is 1000000 characters");
  }

  @Test
  void ordinaryUsesStillWork() {
    assertThat(run("$pad('ab', 5, '-')").output().asText()).isEqualTo("ab---");
    assertThat(run("$pad('ab', -5)").output().asText()).isEqualTo("   ab");
    assertThat(run("$formatInteger(42, '000')").output().asText()).isEqualTo("042");
    assertThat(run("$formatNumber(1234.5, '#,##0.00')").output().asText()).isEqualTo("1,234.50");
    assertThat(run("$join(['a','b'], '-')").output().asText()).isEqualTo("a-b");
    assertThat(run("$string({'a':[1,2]})").output().asText()).isEqualTo("{\"a\":[1,2]}");
    assertThat(run("($x:=[1..100]; $count($x.$x))").output().asInt()).isEqualTo(10_000);
  }
}
