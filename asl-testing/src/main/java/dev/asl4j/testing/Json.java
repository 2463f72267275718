package dev.asl4j.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asl4j.interpreter.testcase.JsonValues;

/** JSON text in and out for tests: parse errors name the offending text. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** Parses {@code text}; a malformed argument is a mistake in the test, so it says which. */
  static JsonNode parse(String text, String what) {
    if (text == null) {
      throw new IllegalArgumentException(what + " must not be null (use \"null\" for JSON null)");
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          what + " is not valid JSON: " + text + " (" + e.getOriginalMessage() + ")", e);
    }
  }

  /** Parses JSON text recorded in history; null when absent or unparsable. */
  static JsonNode parseOrNull(String text) {
    if (text == null) {
      return null;
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** Value equality: key order ignored, numbers by value. */
  static boolean same(JsonNode a, JsonNode b) {
    return JsonValues.same(a, b);
  }

  /** Compact text of {@code v} ("<none>" for a missing value). */
  static String show(JsonNode v) {
    return v == null ? "<none>" : v.toString();
  }
}
