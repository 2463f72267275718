package dev.asl4j.interpreter.testcase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON comparison as the conformance README defines it: by value, object key order ignored,
 * array order significant, numbers by numeric value ({@code 1} equals {@code 1.0}).
 */
public final class JsonValues {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonValues() {}

  /** Whether {@code a} and {@code b} are the same JSON value. */
  public static boolean same(JsonNode a, JsonNode b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.getNodeType() != b.getNodeType()) {
      return false;
    }
    if (a.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!same(e.getValue(), b.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** Two causes: as JSON values when both parse as JSON, else as text. */
  public static boolean sameCause(String expected, String actual) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    if (expected.equals(actual)) {
      return true;
    }
    JsonNode a = parse(expected);
    JsonNode b = parse(actual);
    return a != null && b != null && same(a, b);
  }

  private static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (Exception e) {
      return null;
    }
  }
}
