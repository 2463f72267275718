package dev.asl4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One request body with typed, checked field access. A missing required member or one outside
 * its length or range is AWS's {@code ValidationException}; a member of the wrong JSON type is a
 * {@code SerializationException}, as AWS's JSON protocol answers.
 */
final class Req {
  private final ObjectNode body;

  Req(ObjectNode body) {
    this.body = body;
  }

  static Req empty() {
    return new Req(JsonNodeFactory.instance.objectNode());
  }

  ObjectNode body() {
    return body;
  }

  boolean has(String field) {
    JsonNode v = body.get(field);
    return v != null && !v.isNull();
  }

  /** A required string of 1..maxLength characters. */
  String str(String field, int maxLength) {
    String s = optStr(field, maxLength);
    if (s == null) {
      throw ApiError.missing(field);
    }
    return s;
  }

  /** An optional string (null when absent) of 1..maxLength characters. */
  String optStr(String field, int maxLength) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw wrongType(field, "a string", v);
    }
    String s = v.textValue();
    if (s.isEmpty()) {
      throw ApiError.validation("''", field, "Member must have length greater than or equal to 1");
    }
    if (s.length() > maxLength) {
      throw ApiError.validation("'" + abbreviate(s) + "'", field,
          "Member must have length less than or equal to " + maxLength);
    }
    return s;
  }

  /** An optional integer in [min, max], {@code dflt} when absent. */
  int optInt(String field, int min, int max, int dflt) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return dflt;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw wrongType(field, "an integer", v);
    }
    int n = v.intValue();
    if (n < min) {
      throw ApiError.validation("'" + n + "'", field,
          "Member must have value greater than or equal to " + min);
    }
    if (n > max) {
      throw ApiError.validation("'" + n + "'", field,
          "Member must have value less than or equal to " + max);
    }
    return n;
  }

  boolean optBool(String field, boolean dflt) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return dflt;
    }
    if (!v.isBoolean()) {
      throw wrongType(field, "a boolean", v);
    }
    return v.booleanValue();
  }

  /** An optional array (null when absent). */
  JsonNode optArray(String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isArray()) {
      throw wrongType(field, "a list", v);
    }
    return v;
  }

  /** An optional object (null when absent). */
  JsonNode optObject(String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isObject()) {
      throw wrongType(field, "a structure", v);
    }
    return v;
  }

  /** One of {@code allowed} (an enum member), or {@code dflt} when absent. */
  String optEnum(String field, String dflt, String... allowed) {
    String s = optStr(field, 256);
    if (s == null) {
      return dflt;
    }
    for (String a : allowed) {
      if (a.equals(s)) {
        return s;
      }
    }
    throw ApiError.validation("'" + abbreviate(s) + "'", field,
        "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]");
  }

  static ApiError wrongType(String field, String expected, JsonNode v) {
    return ApiError.serialization("Unexpected value type for field '" + field + "': expected "
        + expected + ", got " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
  }

  static String abbreviate(String s) {
    return s.length() <= 100 ? s : s.substring(0, 100) + "...";
  }
}
