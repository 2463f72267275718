package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A plain {@code $states.input.a.b} path is answered without the JSONata library when the data
 * allows; whatever the data, the answer must be the library's. Wrapping the same path in
 * parentheses forces the library, so the two must agree on every input.
 */
class JsonataPlainPathProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AslEngine ENGINE =
      AslEngine.builder().scheduler(new VirtualTimeScheduler()).build();

  @Provide
  Arbitrary<String> json() {
    Arbitrary<String> scalar = Arbitraries.of(
        "1", "3.0", "-2.5", "1e3", "0", "\"x\"", "\"\"", "true", "false", "null");
    Arbitrary<String> level1 = Arbitraries.oneOf(scalar, containers(scalar));
    Arbitrary<String> level2 = Arbitraries.oneOf(scalar, containers(level1));
    return containers(Arbitraries.oneOf(scalar, containers(level2)));
  }

  private static Arbitrary<String> containers(Arbitrary<String> values) {
    Arbitrary<String> object = Arbitraries.maps(Arbitraries.of("a", "b", "c"), values)
        .ofMaxSize(3).map(m -> {
          StringBuilder sb = new StringBuilder("{");
          m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k)
              .append("\":").append(v));
          return sb.append('}').toString();
        });
    Arbitrary<String> array = values.list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, object), net.jqwik.api.Tuple.of(1, array));
  }

  @Provide
  Arbitrary<List<String>> path() {
    return Arbitraries.of("a", "b", "c").list().ofMinSize(1).ofMaxSize(3);
  }

  private static ExecutionResult run(String expression, JsonNode input) {
    String def = "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"P\",\"States\":{\"P\":{"
        + "\"Type\":\"Pass\",\"Output\":{\"v\":\"{% " + expression + " %}\"},\"End\":true}}}";
    return ENGINE.load(def, "p.asl.json").run(input);
  }

  @Property(tries = 500)
  void plainPathsAnswerAsTheLibraryDoes(@ForAll("json") String inputText,
      @ForAll("path") List<String> steps) throws Exception {
    JsonNode input = JSON.readTree(inputText);
    String path = "$states.input." + String.join(".", steps);
    ExecutionResult fast = run(path, input);
    ExecutionResult library = run("(" + path + ")", input);
    assertThat(fast.status()).as("status for %s on %s", path, inputText).isEqualTo(library.status());
    assertThat(fast.error()).as("error for %s on %s", path, inputText).isEqualTo(library.error());
    assertThat(fast.output()).as("output for %s on %s", path, inputText).isEqualTo(library.output());
  }
}
