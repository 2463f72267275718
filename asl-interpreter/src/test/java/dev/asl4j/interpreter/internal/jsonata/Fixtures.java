package dev.asl4j.interpreter.internal.jsonata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.internal.expr.AslException;
import dev.asl4j.interpreter.internal.expr.Scope;
import dev.asl4j.parser.expr.JsonataExpr;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shared helpers: JSON literals, a map-backed scope, a fixed clock. */
final class Fixtures {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2024-11-22T10:15:30.123Z"));

  private Fixtures() {}

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** {@code $states} with just {@code input}. */
  static ObjectNode states(String inputJson) {
    ObjectNode s = MAPPER.createObjectNode();
    s.set("input", json(inputJson));
    return s;
  }

  static JsonataExpr expr(String source) {
    return new JsonataExpr(source);
  }

  static Scope scope(Map<String, JsonNode> vars) {
    Map<String, JsonNode> copy = new LinkedHashMap<>(vars);
    return new Scope() {
      @Override
      public JsonNode contextObject() {
        return MAPPER.createObjectNode();
      }

      @Override
      public JsonNode variable(String name) {
        return copy.get(name);
      }

      @Override
      public Map<String, JsonNode> allVariables() {
        return copy;
      }
    };
  }

  static final Scope NO_VARS = scope(Map.of());

  static JsonataEvaluator evaluator() {
    return new JsonataEvaluator(JsonataLimits.defaults(), CLOCK);
  }

  /** Evaluates against {@code $states.input = input}; returns the JSON text or "undefined". */
  static String eval(JsonataEvaluator ev, String source, String input) {
    JsonNode v = ev.evaluate(expr(source), states(input), NO_VARS, "Output");
    return v == null ? "undefined" : v.toString();
  }

  /** The cause of the QueryEvaluationError that {@code source} raises. */
  static String cause(JsonataEvaluator ev, String source, String input) {
    try {
      JsonNode v = ev.evaluateRequired(expr(source), states(input), NO_VARS, "Output");
      throw new AssertionError("no error, returned " + v);
    } catch (AslException e) {
      if (!e.error().name().equals("States.QueryEvaluationError") || !e.statePrefixed()) {
        throw new AssertionError("unexpected " + e.error(), e);
      }
      return e.error().cause();
    }
  }
}
