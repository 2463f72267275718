package dev.asl4j.interpreter.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The result type a definition field requires of its JSONata expression, named as AWS names it in
 * "Expected 'array', but was 'string'" causes.
 */
public enum ValueType {
  /** {@code Items}. */
  ARRAY("array"),
  /** {@code Arguments} of some integrations, {@code ItemSelector}... when an object is required. */
  OBJECT("object"),
  /** {@code Timestamp}, {@code Error}, {@code Cause}. */
  STRING("string"),
  /** Any JSON number. */
  NUMBER("number"),
  /** {@code Seconds}, {@code TimeoutSeconds}, {@code MaxConcurrency}...: a number without fraction. */
  INTEGER("integer"),
  /** Choice rule {@code Condition}. */
  BOOLEAN("boolean");

  private final String awsName;

  ValueType(String awsName) {
    this.awsName = awsName;
  }

  /** The name used in AWS's cause text. */
  public String awsName() {
    return awsName;
  }

  /** Whether {@code v} (never null) is of this type. */
  public boolean accepts(JsonNode v) {
    switch (this) {
      case ARRAY:
        return v.isArray();
      case OBJECT:
        return v.isObject();
      case STRING:
        return v.isTextual();
      case NUMBER:
        return v.isNumber();
      case INTEGER:
        return v.isIntegralNumber()
            || (v.isNumber() && !Double.isInfinite(v.doubleValue()) && v.doubleValue() == Math.rint(v.doubleValue()));
      case BOOLEAN:
        return v.isBoolean();
      default:
        throw new AssertionError(this);
    }
  }

  /** AWS's name for the JSON type of {@code v}. */
  static String nameOf(JsonNode v) {
    if (v.isArray()) {
      return "array";
    }
    if (v.isObject()) {
      return "object";
    }
    if (v.isTextual()) {
      return "string";
    }
    if (v.isNumber()) {
      return "number";
    }
    if (v.isBoolean()) {
      return "boolean";
    }
    return "null";
  }
}
