package dev.asl4j.interpreter.internal.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class JsonViewsTest {
  @Test
  void scalarsMapToJsonataValues() {
    assertThat(JsonViews.toJsonata(Fixtures.json("1"))).isEqualTo(1);
    assertThat(JsonViews.toJsonata(Fixtures.json("12345678901"))).isEqualTo(12345678901L);
    assertThat(JsonViews.toJsonata(Fixtures.json("1.5"))).isEqualTo(1.5);
    assertThat(JsonViews.toJsonata(Fixtures.json("123456789012345678901234"))).isInstanceOf(Double.class);
    assertThat(JsonViews.toJsonata(Fixtures.json("\"s\""))).isEqualTo("s");
    assertThat(JsonViews.toJsonata(Fixtures.json("true"))).isEqualTo(true);
    assertThat(JsonViews.toJsonata(Fixtures.json("null"))).isSameAs(Jsonata.NULL_VALUE);
    assertThat(JsonViews.toJsonata(null)).isNull();
  }

  @Test
  @SuppressWarnings("unchecked")
  void containersAreLazyReadOnlyViews() {
    JsonNode node = Fixtures.json("{\"a\": {\"b\": [1, {\"c\": 2}]}, \"n\": null}");
    Map<String, Object> m = (Map<String, Object>) JsonViews.toJsonata(node);
    assertThat(m).containsOnlyKeys("a", "n");
    assertThat(m.get("a")).isSameAs(m.get("a")); // converted once, then remembered
    assertThat(m.get("zz")).isNull();
    assertThat(m.containsKey("n")).isTrue();
    assertThat(m.get(7)).isNull();
    List<Object> list = (List<Object>) ((Map<String, Object>) m.get("a")).get("b");
    assertThat(list).hasSize(2);
    assertThat(list.get(0)).isEqualTo(1);
    assertThatThrownBy(() -> list.get(5)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> m.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(JsonViews.unwrap(m)).isSameAs(node);
    assertThat(JsonValues.toJson(list)).isSameAs(node.get("a").get("b"));
  }

  @Test
  void resultsBecomeJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("i", 3.0);
    m.put("d", 0.5);
    m.put("l", 1L << 40);
    m.put("u", null);
    m.put("n", Jsonata.NULL_VALUE);
    m.put("inf", Double.POSITIVE_INFINITY);
    m.put("neg0", -0.0);
    m.put("list", java.util.Arrays.asList(1, null, "x"));
    assertThat(JsonValues.toJson(m).toString()).isEqualTo(
        "{\"i\":3,\"d\":0.5,\"l\":1099511627776,\"n\":null,\"inf\":\"Infinity\",\"neg0\":0,\"list\":[1,null,\"x\"]}");
  }

  @Test
  void causeTextsPrintNumbersLikeJavaScript() {
    assertThat(JsonValues.jsNumber(1e21)).isEqualTo("1e+21");
    assertThat(JsonValues.jsNumber(1e20)).isEqualTo("100000000000000000000");
    assertThat(JsonValues.jsNumber(0.1)).isEqualTo("0.1");
    assertThat(JsonValues.jsNumber(1.5e-7)).isEqualTo("1.5e-7");
    assertThat(JsonValues.jsNumber(-2.5)).isEqualTo("-2.5");
    assertThat(JsonValues.print(Fixtures.json("{\"a\":[1,2.5,\"q\\\"\",null,true]}")))
        .isEqualTo("{\"a\":[1,2.5,\"q\\\"\",null,true]}");
  }

  @Property(tries = 200)
  void roundTripThroughViewsAndBackKeepsTheValue(@ForAll("json") JsonNode node) {
    Object view = JsonViews.toJsonata(node);
    JsonNode copy = JsonValues.toJson(copyOut(view));
    assertThat(ConformanceExpressionsTest.sameJson(copy, node)).as("%s vs %s", copy, node).isTrue();
  }

  /** Forces a real conversion (a view alone would hand back the original node). */
  @SuppressWarnings("unchecked")
  private static Object copyOut(Object v) {
    if (v instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<String, Object>) v).forEach((k, x) -> out.put(k, copyOut(x)));
      return out;
    }
    if (v instanceof List) {
      return ((List<Object>) v).stream().map(JsonViewsTest::copyOut).collect(java.util.stream.Collectors.toList());
    }
    return v;
  }

  @Provide
  Arbitrary<JsonNode> json() {
    return Arbitraries.recursive(this::scalar, this::container, 3);
  }

  private Arbitrary<JsonNode> scalar() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return Arbitraries.oneOf(
        Arbitraries.integers().map(f::numberNode),
        Arbitraries.longs().map(f::numberNode),
        Arbitraries.doubles().between(-1e6, 1e6).map(f::numberNode),
        Arbitraries.strings().ofMaxLength(5).map(f::textNode),
        Arbitraries.of(true, false).map(f::booleanNode),
        Arbitraries.just(f.nullNode()));
  }

  private Arbitrary<JsonNode> container(Arbitrary<JsonNode> inner) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    Arbitrary<JsonNode> arrays = inner.list().ofMaxSize(4).map(items -> {
      ArrayNode a = f.arrayNode();
      items.forEach(a::add);
      return a;
    });
    Arbitrary<JsonNode> objects = Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(3), inner).ofMaxSize(4).map(entries -> {
      ObjectNode o = f.objectNode();
      entries.forEach(o::set);
      return o;
    });
    return Arbitraries.oneOf(arrays, objects);
  }
}
