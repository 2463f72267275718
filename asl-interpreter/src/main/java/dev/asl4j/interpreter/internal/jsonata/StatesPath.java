package dev.asl4j.interpreter.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The commonest JSONata expression, a plain path such as {@code $states.input.order.id}, read
 * straight from the Jackson tree instead of through the library (several hundred nanoseconds
 * less each). Only where the answer cannot differ from the library's: every step lands on an
 * object member or on nothing (undefined); arrays (which JSONata maps over), scalars and null on
 * the way, and an array at the end, are left to the library. Numbers go through the same
 * conversion as library results, so 3.0 still comes out as 3.
 */
final class StatesPath {
  /** "Ask the library": the data needs JSONata's sequence semantics. */
  static final JsonNode LIBRARY = MissingNode.getInstance();

  private static final Pattern SIMPLE = Pattern.compile("\\$states(\\.[A-Za-z_][A-Za-z0-9_]*)+");
  private static final Set<String> FIRST = Set.of("input", "result", "errorOutput");
  private static final Set<String> KEYWORDS = Set.of("and", "or", "in", "true", "false", "null", "function");

  private StatesPath() {}

  /** The member names after {@code $states}, or null when {@code source} is not such a path. */
  static String[] parse(String source) {
    String s = source.strip();
    if (!SIMPLE.matcher(s).matches()) {
      return null;
    }
    String[] steps = s.substring("$states.".length()).split("\\.");
    if (!FIRST.contains(steps[0])) {
      return null; // $states.context is built lazily by the library-side view
    }
    for (String step : steps) {
      if (KEYWORDS.contains(step)) {
        return null;
      }
    }
    return steps;
  }

  /** The value (null: undefined), or {@link #LIBRARY}. */
  static JsonNode read(String[] steps, JsonNode states) {
    if (states == null || !states.isObject()) {
      return LIBRARY;
    }
    JsonNode v = states;
    for (String step : steps) {
      if (v == null) {
        return null;
      }
      if (!v.isObject()) {
        return LIBRARY;
      }
      v = v.get(step);
    }
    if (v == null) {
      return null;
    }
    if (v.isArray()) {
      return LIBRARY;
    }
    return v.isNumber() ? JsonValues.toJson(JsonViews.toJsonata(v)) : v;
  }
}
