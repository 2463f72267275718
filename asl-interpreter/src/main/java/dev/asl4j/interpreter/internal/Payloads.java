package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;

/**
 * The payload quota (262,144 bytes of UTF-8 JSON). Walks the tree counting an under-estimate and
 * stops as soon as the limit is clearly passed; only values near the limit are serialized to get
 * the exact size, so small payloads cost a short walk. The walk is iterative: hostile nesting
 * depth cannot overflow the stack.
 */
final class Payloads {
  private Payloads() {}

  static boolean fitsWithin(JsonNode v, int limit) {
    long estimate = estimate(v, limit);
    if (estimate > limit) {
      return false;
    }
    if (estimate * 6 < limit) { // even all-escaped or 3-byte text fits
      return true;
    }
    try {
      return v.toString().getBytes(StandardCharsets.UTF_8).length <= limit;
    } catch (RuntimeException | StackOverflowError e) {
      return false; // not even serializable within Jackson's limits
    }
  }

  /** A lower bound of the serialized size (string escapes and multi-byte text not counted). */
  private static long estimate(JsonNode root, long budget) {
    if (root == null) {
      return 4;
    }
    long n = 0;
    ArrayDeque<JsonNode> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty() && n <= budget) {
      JsonNode v = todo.pop();
      switch (v.getNodeType()) {
        case STRING:
          n += v.textValue().length() + 2L;
          break;
        case ARRAY:
          n += 2;
          for (JsonNode item : v) {
            n += 1;
            todo.push(item);
          }
          break;
        case OBJECT:
          n += 2;
          for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            n += e.getKey().length() + 4L;
            todo.push(e.getValue());
          }
          break;
        case NUMBER:
          n += 1;
          break;
        default:
          n += 4;
          break;
      }
    }
    return n;
  }
}
