package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

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

  private static long estimate(JsonNode root, long budget) {
    return dev.asl4j.interpreter.internal.expr.JsonSizes.estimate(root, budget);
  }
}
