package dev.asl4j.interpreter.internal.expr;

import static dev.asl4j.interpreter.internal.expr.TestScope.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.expr.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathsTest {
  private static final JsonNode INPUT =
      json("{\"a\":{\"b\":[10,{\"c\":\"x\"},null]},\"n\":null,\"items\":[{\"p\":1},{\"p\":5},{\"q\":2}]}");
  private static final TestScope SCOPE =
      new TestScope(json("{\"Execution\":{\"Id\":\"arn:x\"}}"), Map.of("order", json("{\"id\":7}")));

  private static JsonNode read(String path) throws Exception {
    return Paths.read(Path.parse(path), INPUT, SCOPE);
  }

  @Test
  void readsSimplePaths() throws Exception {
    assertThat(read("$")).isSameAs(INPUT);
    assertThat(read("$.a.b[0]")).isEqualTo(json("10"));
    assertThat(read("$.a.b[1].c")).isEqualTo(json("\"x\""));
    assertThat(read("$['a']['b'][-1]").isNull()).isTrue();
    assertThat(read("$.n").isNull()).isTrue();
  }

  @Test
  void missingIsJavaNull() throws Exception {
    assertThat(read("$.zz")).isNull();
    assertThat(read("$.a.b[9]")).isNull();
    assertThat(read("$.a.b.c")).isNull();
    assertThat(read("$.a.b[0].c")).isNull();
    assertThat(read("$.n.x")).isNull();
    assertThat(read("$.a[0]")).isNull();
  }

  @Test
  void contextAndVariables() throws Exception {
    assertThat(read("$$.Execution.Id")).isEqualTo(json("\"arn:x\""));
    assertThat(read("$order.id")).isEqualTo(json("7"));
    assertThat(read("$order")).isEqualTo(json("{\"id\":7}"));
    assertThat(read("$nope")).isNull();
    assertThat(read("$nope.x")).isNull();
  }

  @Test
  void indefinitePathsGatherMatchesIntoAnArray() throws Exception {
    assertThat(read("$.items[*].p")).isEqualTo(json("[1,5]"));
    assertThat(read("$.items[?(@.p > 2)]")).isEqualTo(json("[{\"p\":5}]"));
    assertThat(read("$.items[?(@.p > 99)]")).isEqualTo(json("[]"));
    assertThat(read("$..c")).isEqualTo(json("[\"x\"]"));
    assertThat(read("$.items[0:2]")).isEqualTo(json("[{\"p\":1},{\"p\":5}]"));
    assertThat(read("$.items.length()")).isEqualTo(json("3"));
    assertThat(read("$order[*]")).isEqualTo(json("[7]"));
  }

  @Test
  void deeplyNestedFiltersEndInAValueOrAnAslError() throws Exception {
    Path p = Path.parse("$.items[?(" + "(".repeat(30) + "@.p == 5" + ")".repeat(30) + ")]");
    try {
      assertThat(Paths.read(p, INPUT, SCOPE)).isNotNull();
    } catch (AslException e) {
      assertThat(e.error().name()).isEqualTo("States.Runtime");
    }
  }

  @Test
  void nullPathReadsAsEmptyObject() {
    assertThat(Paths.read(Path.NULL, INPUT, SCOPE)).isEqualTo(json("{}"));
  }

  @Test
  void requireReportsJaywayMessagesAsAwsDoes() throws Exception {
    // Both causes recorded against AWS (conformance scenarios test_catch_states_runtime and
    // test_invalid_jsonpath__ST.INVALID_JSONPATH_IN_TIMEOUTSECONDSPATH).
    assertThatThrownBy(() -> Paths.require(Path.parse("$.no.such.result.path"), json("{}"), SCOPE))
        .isInstanceOfSatisfying(AslException.class, e -> {
          assertThat(e.error().name()).isEqualTo("States.Runtime");
          assertThat(e.error().cause())
              .isEqualTo("Invalid path '$.no.such.result.path' : Missing property in path $['no']");
          assertThat(e.statePrefixed()).isTrue();
        });
    assertThatThrownBy(
            () -> Paths.require(Path.parse("$.NoSuchTimeoutSecondsPath"), json("{\"a\":1}"), SCOPE))
        .isInstanceOfSatisfying(AslException.class, e -> assertThat(e.error().cause())
            .isEqualTo("Invalid path '$.NoSuchTimeoutSecondsPath' : No results for path:"
                + " $['NoSuchTimeoutSecondsPath']"));
    assertThat(Paths.require(Path.parse("$.n"), INPUT, SCOPE).isNull()).isTrue();
  }

  @Test
  void writeCopiesOnlyTheSpine() throws Exception {
    JsonNode input = json("{\"keep\":{\"deep\":[1]},\"a\":{\"x\":1,\"b\":{\"old\":true}}}");
    String before = input.toString();
    JsonNode out = Paths.write(Path.parseReference("$.a.b"), input, json("\"new\""));
    assertThat(out).isEqualTo(json("{\"keep\":{\"deep\":[1]},\"a\":{\"x\":1,\"b\":\"new\"}}"));
    assertThat(input.toString()).isEqualTo(before);
    assertThat(out.get("keep")).isSameAs(input.get("keep"));
  }

  @Test
  void writeCreatesMissingObjects() throws Exception {
    assertThat(Paths.write(Path.parseReference("$.x.y.z"), json("{\"a\":1}"), json("2")))
        .isEqualTo(json("{\"a\":1,\"x\":{\"y\":{\"z\":2}}}"));
  }

  @Test
  void writeIntoArrays() throws Exception {
    assertThat(Paths.write(Path.parseReference("$.a[1]"), json("{\"a\":[1,2,3]}"), json("9")))
        .isEqualTo(json("{\"a\":[1,9,3]}"));
    assertThat(Paths.write(Path.parseReference("$.a[-1].b"), json("{\"a\":[1,{}]}"), json("9")))
        .isEqualTo(json("{\"a\":[1,{\"b\":9}]}"));
  }

  @Test
  void rootReplacesAndNullDiscards() throws Exception {
    JsonNode input = json("{\"a\":1}");
    assertThat(Paths.write(Path.ROOT, input, json("[1]"))).isEqualTo(json("[1]"));
    assertThat(Paths.write(Path.NULL, input, json("[1]"))).isSameAs(input);
  }

  @Test
  void writeFailures() throws Exception {
    for (String[] c :
        new String[][] {
          {"$.a", "\"text\""}, {"$.a.b", "{\"a\":5}"}, {"$.a[3]", "{\"a\":[1]}"},
          {"$.a[0]", "{}"}, {"$.a.b", "{\"a\":null}"}, {"$[0]", "{\"a\":1}"}
        }) {
      assertThatThrownBy(() -> Paths.write(Path.parseReference(c[0]), json(c[1]), json("1")))
          .as(c[0] + " on " + c[1])
          .isInstanceOfSatisfying(AslException.class, e -> assertThat(e.error().name())
              .isEqualTo("States.ResultPathMatchFailure"));
    }
    assertThatThrownBy(() -> Paths.write(Path.parse("$.a[*]"), json("{}"), json("1")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
