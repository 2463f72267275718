package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Intrinsic functions through the public API: one Pass state whose Parameters call them on the
 * execution input, run with generated inputs.
 */
class IntrinsicEngineProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final StateMachineDefinition MACHINE = load();

  private static StateMachineDefinition load() {
    String params = String.join(",",
        "'ab.$':'States.MathAdd($.a, $.b)'",
        "'ba.$':'States.MathAdd($.b, $.a)'",
        "'parts.$':'States.StringSplit($.text, `,`)'",
        "'count.$':'States.ArrayLength(States.StringSplit($.text, `,`))'",
        "'b64.$':'States.Base64Encode($.text)'",
        "'back.$':'States.Base64Decode(States.Base64Encode($.text))'",
        "'range.$':'States.ArrayRange($.start, $.end, $.step)'",
        "'rangeLength.$':'States.ArrayLength(States.ArrayRange($.start, $.end, $.step))'",
        "'hash1.$':'States.Hash($.text, `SHA-256`)'",
        "'hash2.$':'States.Hash($.text, `SHA-256`)'",
        "'json.$':'States.JsonToString($.value)'",
        "'roundTrip.$':'States.StringToJson(States.JsonToString($.value))'");
    String text = "{'StartAt':'P','States':{'P':{'Type':'Pass','Parameters':{" + params
        + "},'End':true}}}";
    try {
      JsonNode def = new ObjectMapper().readTree(text.replace('\'', '"').replace('`', '\''));
      return AslEngine.builder().scheduler(new VirtualTimeScheduler()).build().load(def);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Property(tries = 300)
  void lawsHold(
      @ForAll @IntRange(min = -1_000_000_000, max = 1_000_000_000) int a,
      @ForAll @IntRange(min = -1_000_000_000, max = 1_000_000_000) int b,
      @ForAll("texts") String text,
      @ForAll @IntRange(min = -40, max = 40) int start,
      @ForAll @IntRange(min = -40, max = 40) int end,
      @ForAll("steps") int step,
      @ForAll("values") JsonNode value) {
    ObjectNode in = NODES.objectNode();
    in.put("a", a).put("b", b).put("text", text).put("start", start).put("end", end)
        .put("step", step);
    in.set("value", value);
    ObjectNode snapshot = in.deepCopy();

    ExecutionResult r = MACHINE.run(in);

    assertThat(r.status()).as("%s %s", r.error(), r.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
    JsonNode o = r.output();
    assertThat(o.get("ab")).isEqualTo(o.get("ba"));
    assertThat(o.get("ab").asLong()).isEqualTo((long) a + b);
    // StringSplit drops empty pieces; ArrayLength agrees with it.
    List<String> pieces = java.util.Arrays.stream(text.split(",", -1))
        .filter(p -> !p.isEmpty()).toList();
    assertThat(o.get("count").asInt()).isEqualTo(o.get("parts").size()).isEqualTo(pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      assertThat(o.get("parts").get(i).asText()).isEqualTo(pieces.get(i));
    }
    assertThat(o.get("b64").asText())
        .isEqualTo(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(o.get("back").asText()).isEqualTo(text);
    int expectedLength = Math.max(0, Math.floorDiv(end - start, step) + 1);
    assertThat(o.get("range").size()).isEqualTo(expectedLength);
    assertThat(o.get("rangeLength").asInt()).isEqualTo(expectedLength);
    assertThat(o.get("hash1")).isEqualTo(o.get("hash2"));
    assertThat(o.get("hash1").asText()).hasSize(64).matches("[0-9a-f]+");
    assertThat(o.get("roundTrip")).isEqualTo(value);
    assertThat(in).as("the input is never mutated").isEqualTo(snapshot);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab,é ✓1").ofMaxLength(20);
  }

  @Provide
  Arbitrary<Integer> steps() {
    return Arbitraries.integers().between(-7, 7).filter(s -> s != 0);
  }

  @Provide
  Arbitrary<JsonNode> values() {
    Arbitrary<JsonNode> leaves = Arbitraries.oneOf(
        Arbitraries.integers().between(-1000, 1000).map(i -> (JsonNode) NODES.numberNode(i)),
        Arbitraries.strings().alpha().ofMaxLength(6).map(s -> (JsonNode) NODES.textNode(s)),
        Arbitraries.of(true, false).map(v -> (JsonNode) NODES.booleanNode(v)),
        Arbitraries.just(NODES.nullNode()));
    return Arbitraries.recursive(() -> leaves, inner -> Arbitraries.oneOf(
        inner.list().ofMaxSize(3).map(items -> {
          ArrayNode arr = NODES.arrayNode();
          items.forEach(arr::add);
          return (JsonNode) arr;
        }),
        Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4), inner)
            .ofMaxSize(3).map(m -> {
              ObjectNode obj = NODES.objectNode();
              m.forEach(obj::set);
              return (JsonNode) obj;
            })), 0, 3);
  }
}
