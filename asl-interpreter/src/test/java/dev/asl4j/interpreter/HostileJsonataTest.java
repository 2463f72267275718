package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Hostile JSONata ends in an ASL error through the public API, with configurable limits. */
class HostileJsonataTest {

  private static ExecutionResult run(String expression, UnaryOperator<AslEngine.Builder> config) {
    AslEngine engine = config.apply(AslEngine.builder().scheduler(new VirtualTimeScheduler())).build();
    String definition =
        "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\","
            + "\"Output\":\"{% " + expression.replace("\"", "\\\"") + " %}\",\"End\":true}}}";
    return engine.load(definition, "hostile.asl.json").run(JsonNodeFactory.instance.objectNode());
  }

  @Test
  void endlessRecursionFailsTheExecution() {
    ExecutionResult r = run("($f := function(){ $f() }; $f())", b -> b);
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(r.cause()).isNotBlank();
  }

  @Test
  void tenMillionElementRangeIsRefused() {
    ExecutionResult r = run("$count([1..10000000])", b -> b);
    assertThat(r.error()).isEqualTo("States.QueryEvaluationError");
    ExecutionResult viaFunction = run("$count($range(0, 10000000))", b -> b);
    assertThat(viaFunction.error()).isEqualTo("States.QueryEvaluationError");
  }

  @Test
  void depthLimitIsConfigurable() {
    String countdown = "($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(%d))";
    assertThat(run(countdown.formatted(10), b -> b.jsonataMaxDepth(60)).output().asInt())
        .isEqualTo(10);
    assertThat(run(countdown.formatted(40), b -> b.jsonataMaxDepth(60)).error())
        .isEqualTo("States.QueryEvaluationError");
    assertThat(run(countdown.formatted(40), b -> b.jsonataMaxDepth(400)).output().asInt())
        .isEqualTo(40);
  }

  @Test
  void timeLimitIsConfigurable() {
    // A loop that never nests deeper, so only the time limit can end it.
    ExecutionResult r =
        run("($f := function($n){ $n < 0 ? 0 : $f($n + 1) }; $f(0))",
            b -> b.jsonataTimeout(Duration.ofMillis(200)).jsonataMaxDepth(Integer.MAX_VALUE));
    assertThat(r.error()).isEqualTo("States.QueryEvaluationError");
  }

  @Test
  void valueSizeLimitIsConfigurable() {
    assertThat(run("$count([1..1000])", b -> b).output().asInt()).isEqualTo(1000);
    assertThat(run("$count([1..1000])", b -> b.jsonataMaxValueBytes(800)).error())
        .isEqualTo("States.QueryEvaluationError");
  }

  @Test
  void builderRejectsNonsenseLimits() {
    assertThatThrownBy(() -> AslEngine.builder().jsonataMaxDepth(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jsonataMaxDepth (0)");
    assertThatThrownBy(() -> AslEngine.builder().jsonataTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jsonataTimeout");
    assertThatThrownBy(() -> AslEngine.builder().jsonataMaxValueBytes(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jsonataMaxValueBytes");
  }
}
