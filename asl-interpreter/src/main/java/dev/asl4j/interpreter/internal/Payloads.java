package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * The payload quota (262,144 bytes of UTF-8 JSON). Walks the tree counting an under-estimate and
 * stops as soon as the limit is clearly passed; only values near the limit are serialized to get
 * the exact size, so small payloads cost a short walk.
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
    return v.toString().getBytes(StandardCharsets.UTF_8).length <= limit;
  }

  /** A lower bound of the serialized size (string escapes and multi-byte text not counted). */
  private static long estimate(JsonNode v, long budget) {
    if (v == null) {
      return 4;
    }
    switch (v.getNodeType()) {
      case STRING:
        return v.textValue().length() + 2L;
      case NUMBER:
        return 1;
      case BOOLEAN:
        return 4;
      case ARRAY: {
        long n = 2;
        for (JsonNode item : v) {
          n += estimate(item, budget - n) + 1;
          if (n > budget) {
            return n;
          }
        }
        return n;
      }
      case OBJECT: {
        long n = 2;
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          n += e.getKey().length() + 4L + estimate(e.getValue(), budget - n);
          if (n > budget) {
            return n;
          }
        }
        return n;
      }
      default:
        return 4;
    }
  }
}
