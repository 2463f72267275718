package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Reference paths on real executions: a Pass state writes a value at a generated ResultPath and a
 * second Pass reads it back through InputPath. The value read is the value written, everything off
 * the path is kept, and the execution input node is never mutated.
 */
class ResultPathEngineProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final AslEngine ENGINE =
      AslEngine.builder().scheduler(new VirtualTimeScheduler()).build();

  @Property(tries = 300)
  void writeThenReadBack(@ForAll("objects") ObjectNode input,
      @ForAll("names") List<String> path, @ForAll("leaves") JsonNode value) {
    // Every proper prefix of the path must be missing or an object (else AWS fails the state).
    JsonNode at = input;
    for (int i = 0; i < path.size() - 1 && at != null && !at.isMissingNode(); i++) {
      at = at.get(path.get(i));
      Assume.that(at == null || at.isObject());
    }
    String jsonPath = "$." + String.join(".", path);
    ObjectNode write = NODES.objectNode();
    write.put("Type", "Pass");
    write.set("Result", value);
    write.put("ResultPath", jsonPath);
    write.put("Next", "Read");
    ObjectNode read = NODES.objectNode();
    read.put("Type", "Pass");
    read.put("InputPath", jsonPath);
    read.put("ResultPath", "$");
    read.put("End", true);
    ObjectNode def = NODES.objectNode();
    def.put("StartAt", "Write");
    def.putObject("States").<ObjectNode>set("Write", write).set("Read", read);
    ObjectNode snapshot = input.deepCopy();

    StateMachineDefinition d = ENGINE.load(def);
    ExecutionResult r = d.run(input);

    assertThat(r.status()).as("%s %s", r.error(), r.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.output()).isEqualTo(value);
    assertThat(input).as("input untouched").isEqualTo(snapshot);
    // The written state keeps every top-level field off the path.
    JsonNode written = stateOutput(r, "Write");
    for (Map.Entry<String, JsonNode> e : iterable(snapshot)) {
      if (!e.getKey().equals(path.get(0))) {
        assertThat(written.get(e.getKey())).isEqualTo(e.getValue());
      }
    }
  }

  private static JsonNode stateOutput(ExecutionResult r, String state) {
    HistoryEvent exited = r.history().stream()
        .filter(e -> e.type().equals("PassStateExited")
            && e.details().path("name").asText().equals(state))
        .findFirst().orElseThrow();
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(exited.details().path("output").asText());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(ObjectNode o) {
    return o::fields;
  }

  @Provide
  Arbitrary<List<String>> names() {
    return Arbitraries.of("a", "b", "c", "d").list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<JsonNode> leaves() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-99, 99).map(i -> (JsonNode) NODES.numberNode(i)),
        Arbitraries.strings().alpha().ofMaxLength(5).map(s -> (JsonNode) NODES.textNode(s)),
        Arbitraries.just(NODES.nullNode()),
        Arbitraries.just(NODES.objectNode().put("k", 1)),
        Arbitraries.just(NODES.arrayNode().add(1).add("x")));
  }

  @Provide
  Arbitrary<ObjectNode> objects() {
    Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 9).map(i -> (JsonNode) NODES.numberNode(i)),
        Arbitraries.strings().alpha().ofMaxLength(3).map(s -> (JsonNode) NODES.textNode(s)));
    Arbitrary<JsonNode> tree = Arbitraries.recursive(() -> leaf,
        inner -> Arbitraries.maps(Arbitraries.of("a", "b", "c", "d"), inner).ofMaxSize(3)
            .map(m -> {
              ObjectNode o = NODES.objectNode();
              m.forEach(o::set);
              return (JsonNode) o;
            }), 0, 3);
    return Arbitraries.maps(Arbitraries.of("a", "b", "c", "d", "e"), tree).ofMaxSize(4)
        .map(m -> {
          ObjectNode o = NODES.objectNode();
          m.forEach(o::set);
          return o;
        });
  }
}
