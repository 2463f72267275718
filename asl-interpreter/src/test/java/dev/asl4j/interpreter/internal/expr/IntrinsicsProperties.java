package dev.asl4j.interpreter.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.expr.IntrinsicCall;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IntrinsicsProperties {
  private final Intrinsics intrinsics = new Intrinsics(new SplittableRandom(1));

  private JsonNode call(String text, JsonNode input) throws Exception {
    return intrinsics.evaluate(IntrinsicCall.parse(text), input, TestScope.EMPTY, "f.$");
  }

  private static JsonNode input(String key, JsonNode value) {
    ObjectNode o = TestScope.MAPPER.createObjectNode();
    o.set(key, value);
    return o;
  }

  /** Concatenating the chunks gives the array back; all chunks but the last are full. */
  @Property(tries = 300)
  void partitionLaws(@ForAll("values") List<JsonNode> items, @ForAll @IntRange(min = 1, max = 7)
      int size) throws Exception {
    ArrayNode array = TestScope.MAPPER.createArrayNode().addAll(items);
    JsonNode chunks = call("States.ArrayPartition($.a, " + size + ")", input("a", array));
    List<JsonNode> flat = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      JsonNode chunk = chunks.get(i);
      assertThat(chunk.size()).isBetween(1, size);
      if (i < chunks.size() - 1) {
        assertThat(chunk.size()).isEqualTo(size);
      }
      chunk.forEach(flat::add);
    }
    assertThat(flat).isEqualTo(items);
  }

  /** Every item is start + k*step, within [start, end], and the next step would overshoot. */
  @Property(tries = 300)
  void rangeLaws(@ForAll @IntRange(min = -50, max = 50) int start,
      @ForAll @IntRange(min = -50, max = 50) int end,
      @ForAll @IntRange(min = -9, max = 9) int step) throws Exception {
    Assume.that(step != 0);
    JsonNode r = call("States.ArrayRange(" + start + ", " + end + ", " + step + ")",
        TestScope.EMPTY.contextObject());
    for (int i = 0; i < r.size(); i++) {
      int v = r.get(i).intValue();
      assertThat(v).isEqualTo(start + i * step);
      assertThat(v).isBetween(Math.min(start, end), Math.max(start, end));
    }
    long next = start + (long) r.size() * step;
    assertThat(step > 0 ? next > end : next < end).isTrue();
  }

  @Property(tries = 300)
  void base64RoundTrip(@ForAll("texts") String text) throws Exception {
    JsonNode in = input("s", TestScope.MAPPER.getNodeFactory().textNode(text));
    JsonNode encoded = call("States.Base64Encode($.s)", in);
    assertThat(call("States.Base64Decode($.e)", input("e", encoded)).textValue()).isEqualTo(text);
  }

  @Property(tries = 300)
  void jsonStringRoundTrip(@ForAll("values") List<JsonNode> items) throws Exception {
    ArrayNode array = TestScope.MAPPER.createArrayNode().addAll(items);
    JsonNode text = call("States.JsonToString($.a)", input("a", array));
    assertThat(call("States.StringToJson($.t)", input("t", text))).isEqualTo(array);
  }

  /** ArrayUnique keeps order, drops only duplicates, and is idempotent. */
  @Property(tries = 300)
  void uniqueLaws(@ForAll("values") List<JsonNode> items) throws Exception {
    ArrayNode array = TestScope.MAPPER.createArrayNode().addAll(items);
    JsonNode once = call("States.ArrayUnique($.a)", input("a", array));
    JsonNode twice = call("States.ArrayUnique($.a)", input("a", once));
    assertThat(twice).isEqualTo(once);
    for (JsonNode item : items) {
      assertThat(call("States.ArrayContains($.a, $.v)", input2(once, item)).booleanValue())
          .isTrue();
    }
  }

  private static JsonNode input2(JsonNode array, JsonNode value) {
    ObjectNode o = TestScope.MAPPER.createObjectNode();
    o.set("a", array);
    o.set("v", value);
    return o;
  }

  /** StringSplit pieces are non-empty, free of delimiters, and in order. */
  @Property(tries = 300)
  void splitLaws(@ForAll("texts") String text) throws Exception {
    JsonNode parts = call("States.StringSplit($.s, ',;')",
        input("s", TestScope.MAPPER.getNodeFactory().textNode(text)));
    StringBuilder joined = new StringBuilder();
    for (JsonNode p : parts) {
      assertThat(p.textValue()).isNotEmpty().doesNotContain(",", ";");
      joined.append(p.textValue());
    }
    assertThat(joined.toString()).isEqualTo(text.replace(",", "").replace(";", ""));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().ofMaxLength(30)
        .withChars("ab,;é{}'\\\"").withCharRange('\u4e00', '\u4e10');
  }

  @Provide
  Arbitrary<List<JsonNode>> values() {
    return Arbitraries.of("1", "1.5", "\"x\"", "\"y\"", "null", "true", "[]", "[1]", "{\"a\":1}",
        "{\"a\":[null]}").map(TestScope::json).list().ofMaxSize(10);
  }
}
