package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;

/**
 * A quick lower bound of a value's serialized size that stops once past a budget, so checking a
 * huge value against the payload limit costs no more than the limit. Iterative: hostile nesting
 * cannot overflow the stack. String escapes and multi-byte characters are not counted.
 */
public final class JsonSizes {
  private JsonSizes() {}

  /** The estimate, or some value above {@code budget} as soon as it passes it. */
  public static long estimate(JsonNode root, long budget) {
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
