package dev.asl4j.interpreter.internal.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.internal.expr.AslException;
import dev.asl4j.parser.expr.JsonataExpr;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the conformance cases that are one JSONata Pass state with an {@code Output} and no
 * {@code Assign}: the expected output (or cause) then depends on the JSONata adapter alone. The
 * state sentence AWS puts before a cause belongs to the engine and is stripped here.
 */
class ConformanceExpressionsTest {
  private final JsonataEvaluator ev = Fixtures.evaluator();

  @TestFactory
  Stream<DynamicTest> singlePassStateCases() throws IOException {
    Path cases = SharedCorpus.require("conformance/cases");
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.walk(cases)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".json")).sorted()::iterator) {
        JsonNode c = Fixtures.MAPPER.readTree(f.toFile());
        JsonNode def = c.get("definition");
        JsonNode states = def.get("States");
        if (states.size() != 1) {
          continue;
        }
        JsonNode state = states.elements().next();
        String language = state.path("QueryLanguage").asText(def.path("QueryLanguage").asText("JSONPath"));
        if (!language.equals("JSONata") || !state.get("Type").asText().equals("Pass") || state.has("Assign")) {
          continue;
        }
        tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> check(c, state)));
      }
    }
    assertThat(tests).hasSizeGreaterThan(20);
    return tests.stream();
  }

  private void check(JsonNode c, JsonNode state) {
    ObjectNode st = Fixtures.MAPPER.createObjectNode();
    st.set("input", c.get("input"));
    st.set("context", c.path("context"));
    JsonNode expected = c.get("expected");
    JsonNode actual;
    try {
      actual = state.has("Output")
          ? ev.evaluateTemplate(template("", state.get("Output")), st, Fixtures.NO_VARS, "Output")
          : c.get("input");
    } catch (AslException e) {
      assertThat(expected.get("status").asText()).as("failed: %s", e.error()).isEqualTo("FAILED");
      assertThat(e.error().name()).isEqualTo(expected.get("error").asText());
      String cause = expected.get("cause").asText();
      assertThat(e.error().cause()).isEqualTo(cause.substring(cause.indexOf("). ") + 3));
      return;
    }
    assertThat(expected.get("status").asText()).as("succeeded with %s", actual).isEqualTo("SUCCEEDED");
    assertThat(sameJson(actual, expected.get("output"))).as("%s vs %s", actual, expected.get("output")).isTrue();
  }

  /** A minimal JSONata template builder, standing in for the parser's. */
  static Template template(String pointer, JsonNode v) {
    if (v.isTextual() && JsonataExpr.isFramed(v.textValue())) {
      return new Template.JsonataValue(pointer, JsonataExpr.unframe(v.textValue()));
    }
    if (v.isObject()) {
      List<Template.Field> fields = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> it = v.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        fields.add(new Template.Field(e.getKey(), false, template(pointer + "/" + e.getKey(), e.getValue())));
      }
      return new Template.Obj(pointer, fields);
    }
    if (v.isArray()) {
      List<Template> items = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        items.add(template(pointer + "/" + i, v.get(i)));
      }
      return new Template.Arr(pointer, items);
    }
    return new Template.Literal(pointer, v);
  }

  /** JSON equality with numbers compared by value (1 == 1.0), as the corpus README asks. */
  static boolean sameJson(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      Iterator<String> names = a.fieldNames();
      while (names.hasNext()) {
        String n = names.next();
        if (!b.has(n) || !sameJson(a.get(n), b.get(n))) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!sameJson(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }
}
