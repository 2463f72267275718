package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON helpers shared by the expression classes: one mapper, value equality, AWS-style text. */
final class Json {
  /** Never reconfigured after construction, so safe to share. */
  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  /**
   * An empty object whose table is sized for {@code fields} members: Jackson's default (16 slots)
   * is twice what the usual 2-6 member payloads need, and every state builds a few of them.
   */
  static ObjectNode objectNode(int fields) {
    return new ObjectNode(NODES, new LinkedHashMap<>(Math.max(2, (fields * 4 + 2) / 3)));
  }

  /** Compact JSON text, as AWS prints values inside error causes. */
  static String compact(JsonNode node) {
    return node == null ? "null" : node.toString();
  }

  /** JSON value equality: numbers by value (1 == 1.0), objects ignoring key order. */
  static boolean equal(JsonNode a, JsonNode b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a.isNumber() && b.isNumber()) {
      return compareNumbers(a, b) == 0;
    }
    if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
      return false;
    }
    if (a.isArray()) {
      for (int i = 0; i < a.size(); i++) {
        if (!equal(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!equal(e.getValue(), b.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** A hash consistent with {@link #equal}. */
  static int hash(JsonNode n) {
    if (n.isNumber()) {
      return n.decimalValue().stripTrailingZeros().hashCode();
    }
    if (n.isArray()) {
      int h = 1;
      for (JsonNode item : n) {
        h = h * 31 + hash(item);
      }
      return h;
    }
    if (n.isObject()) {
      int h = 7;
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        h += e.getKey().hashCode() ^ hash(e.getValue());
      }
      return h;
    }
    return n.hashCode();
  }

  /** Compares two number nodes by value. */
  static int compareNumbers(JsonNode a, JsonNode b) {
    if (a.isIntegralNumber() && b.isIntegralNumber() && a.canConvertToLong()
        && b.canConvertToLong()) {
      return Long.compare(a.longValue(), b.longValue());
    }
    if ((a.isDouble() || a.isFloat()) && (b.isDouble() || b.isFloat())) {
      double x = a.doubleValue();
      double y = b.doubleValue();
      return x == y ? 0 : Double.compare(x, y); // == makes -0.0 equal 0.0
    }
    BigDecimal x = a.decimalValue();
    BigDecimal y = b.decimalValue();
    return x.compareTo(y);
  }

  /** The integral value of a number node, or null when it is not a whole number in range. */
  static Long wholeNumber(JsonNode n) {
    if (n == null || !n.isNumber()) {
      return null;
    }
    if (n.isIntegralNumber()) {
      return n.canConvertToLong() ? n.longValue() : null;
    }
    double d = n.doubleValue();
    if (d != Math.rint(d) || Math.abs(d) > 9.007199254740992E15) {
      return null;
    }
    return (long) d;
  }

  /** AWS's name for a value's type in messages. */
  static String typeName(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "undefined";
    }
    switch (n.getNodeType()) {
      case ARRAY: return "array";
      case OBJECT: return "object";
      case STRING: return "string";
      case NUMBER: return "number";
      case BOOLEAN: return "boolean";
      case NULL: return "null";
      default: return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
