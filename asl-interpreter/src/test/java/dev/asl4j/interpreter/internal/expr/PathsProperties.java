package dev.asl4j.interpreter.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.expr.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PathsProperties {

  /** Reading back what was written gives the written value; the input is left untouched. */
  @Property(tries = 500)
  void writeThenRead(@ForAll("objects") JsonNode input, @ForAll("fieldPaths") List<String> names,
      @ForAll("leaves") JsonNode value) throws Exception {
    Path path = Path.parseReference("$" + names.stream().map(n -> "['" + n + "']")
        .reduce("", String::concat));
    String before = input.toString();
    JsonNode out;
    try {
      out = Paths.write(path, input, value);
    } catch (AslException e) {
      // only when the path steps into a non-object
      assertThat(e.error().name()).isEqualTo("States.ResultPathMatchFailure");
      return;
    }
    assertThat(Paths.read(path, out, null)).isEqualTo(value);
    assertThat(input.toString()).isEqualTo(before);
    // the first-level siblings are shared, not copied
    if (!names.isEmpty() && out.isObject()) {
      input.fieldNames().forEachRemaining(k -> {
        if (!k.equals(names.get(0))) {
          assertThat(out.get(k)).isSameAs(input.get(k));
        }
      });
    }
  }

  /** The simple-path walker and Jayway JsonPath agree on single-node paths. */
  @Property(tries = 500)
  void walkerAgreesWithJayway(@ForAll("objects") JsonNode input,
      @ForAll("fieldPaths") List<String> names) throws Exception {
    String text = "$" + names.stream().map(n -> "['" + n + "']").reduce("", String::concat);
    Path simple = Path.parse(text);
    JsonNode viaWalker = Paths.read(simple, input, null);
    JsonNode viaJayway = JaywayPaths.read(simple, input);
    assertThat(viaWalker).isEqualTo(viaJayway);
  }

  @Provide
  Arbitrary<List<String>> fieldPaths() {
    return Arbitraries.of("a", "b", "c").list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<JsonNode> leaves() {
    return Arbitraries.of("1", "\"s\"", "null", "[1,2]", "{\"k\":true}").map(TestScope::json);
  }

  @Provide
  Arbitrary<JsonNode> objects() {
    return objectOf(2);
  }

  private Arbitrary<JsonNode> objectOf(int depth) {
    Arbitrary<JsonNode> value =
        depth == 0 ? leaves() : Arbitraries.oneOf(leaves(), objectOf(depth - 1));
    return Arbitraries.maps(Arbitraries.of("a", "b", "c", "d"), value).ofMaxSize(3).map(m -> {
      ObjectNode o = TestScope.MAPPER.createObjectNode();
      m.forEach(o::set);
      return o;
    });
  }
}
