package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.util.ArrayDeque;

/**
 * Task results come from user code, which can hand back Jackson nodes that are not plain JSON: a
 * {@code POJONode} wrapping any Java object, or binary. Those are turned into plain JSON here, once,
 * so nothing later (payload limits, history, the execution output) meets a value it cannot write.
 */
final class TaskResults {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TaskResults() {}

  /**
   * {@code v} itself when it is plain JSON (the common case: one walk, no copy), else its plain
   * JSON equivalent.
   *
   * @throws IllegalArgumentException naming why the value cannot be written as JSON
   */
  static JsonNode plain(JsonNode v) {
    if (tooDeep(v)) {
      throw new IllegalArgumentException("the task result nests deeper than " + MAX_DEPTH
          + " levels");
    }
    if (hasNonFinite(v)) {
      throw new IllegalArgumentException("the task result holds a number out of JSON's range"
          + " (Infinity or NaN)");
    }
    if (isPlain(v)) {
      return v;
    }
    try {
      return MAPPER.readTree(MAPPER.writeValueAsString(v));
    } catch (JsonProcessingException | RuntimeException | StackOverflowError e) {
      throw new IllegalArgumentException(
          "the task result is not JSON (" + e.getClass().getSimpleName() + ": "
              + firstLine(e.getMessage()) + ")");
    }
  }

  /**
   * Whether {@code root} holds Infinity or NaN (e.g. {@code 1e999999999} parsed as a double): no
   * JSON text can carry it, and comparing it fails, so it is refused where values enter.
   */
  /** Deepest nesting Jackson writes (StreamWriteConstraints): deeper values cannot be printed. */
  static final int MAX_DEPTH = 1000;

  /** Whether {@code root} nests deeper than {@link #MAX_DEPTH} levels (iterative: no overflow). */
  static boolean tooDeep(JsonNode root) {
    ArrayDeque<JsonNode> todo = new ArrayDeque<>();
    ArrayDeque<Integer> depths = new ArrayDeque<>();
    todo.push(root);
    depths.push(0);
    while (!todo.isEmpty()) {
      JsonNode v = todo.pop();
      int d = depths.pop();
      if (d > MAX_DEPTH) {
        return true;
      }
      if (v.isContainerNode()) {
        for (JsonNode child : v) {
          todo.push(child);
          depths.push(d + 1);
        }
      }
    }
    return false;
  }

  static boolean hasNonFinite(JsonNode root) {
    ArrayDeque<JsonNode> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      JsonNode v = todo.pop();
      if (v.isFloatingPointNumber() && !v.isBigDecimal() && !Double.isFinite(v.doubleValue())) {
        return true;
      }
      if (v.isContainerNode()) {
        for (JsonNode child : v) {
          todo.push(child);
        }
      }
    }
    return false;
  }

  private static boolean isPlain(JsonNode root) {
    ArrayDeque<JsonNode> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      JsonNode v = todo.pop();
      JsonNodeType t = v.getNodeType();
      if (t == JsonNodeType.POJO || t == JsonNodeType.BINARY || t == JsonNodeType.MISSING) {
        return false;
      }
      if (v.isContainerNode()) {
        for (JsonNode child : v) {
          todo.push(child);
        }
      }
    }
    return true;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "no message";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
