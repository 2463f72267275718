package dev.asl4j.interpreter.internal.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Measures what converting {@code $states} costs. Because the input is wrapped in lazy views, an
 * expression that reads one field of a large input converts that field only: with a 50,000-item
 * input, 2,000 evaluations of {@code $states.input.id} take milliseconds, where converting the
 * whole input each time would be about 10^8 node conversions. The figures are printed for the
 * record; the assertion only guards against a return to eager conversion.
 */
class ConversionCostTest {
  @Test
  void readingOneFieldOfALargeInputDoesNotConvertTheRest() {
    JsonataEvaluator ev = Fixtures.evaluator();
    ObjectNode input = Fixtures.MAPPER.createObjectNode();
    input.put("id", "o-1");
    ArrayNode items = input.putArray("items");
    for (int i = 0; i < 50_000; i++) {
      items.addObject().put("sku", "s" + i).put("qty", i);
    }
    ObjectNode states = Fixtures.MAPPER.createObjectNode();
    states.set("input", input);

    long small = time(ev, Fixtures.states("{\"id\": \"o-1\"}"), "$states.input.id");
    long large = time(ev, states, "$states.input.id");
    long whole = time(ev, states, "$states.input"); // passes the node through, no copy
    System.out.printf("2000 evaluations: 1-field input %d ms, 50k-item input %d ms, whole input %d ms%n",
        small / 1_000_000, large / 1_000_000, whole / 1_000_000);
    assertThat(Duration.ofNanos(large)).isLessThan(Duration.ofSeconds(5));
    assertThat(Duration.ofNanos(whole)).isLessThan(Duration.ofSeconds(5));
  }

  private static long time(JsonataEvaluator ev, JsonNode states, String source) {
    ev.evaluate(Fixtures.expr(source), states, Fixtures.NO_VARS, "Output"); // compile, warm up
    long start = System.nanoTime();
    for (int i = 0; i < 2000; i++) {
      ev.evaluate(Fixtures.expr(source), states, Fixtures.NO_VARS, "Output");
    }
    return System.nanoTime() - start;
  }
}
