package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The evaluated arguments of one call, with typed accessors that fail in AWS's manner. */
final class IntrinsicArgs {
  final String function;
  final List<JsonNode> values;

  IntrinsicArgs(String function, List<JsonNode> values) {
    this.function = function;
    this.values = values;
  }

  int size() {
    return values.size();
  }

  JsonNode get(int i) {
    return values.get(i);
  }

  JsonNode array(int i) {
    return expect(i, get(i).isArray(), "an array");
  }

  JsonNode object(int i) {
    return expect(i, get(i).isObject(), "a JSON object");
  }

  String string(int i) {
    return expect(i, get(i).isTextual(), "a string").textValue();
  }

  boolean bool(int i) {
    return expect(i, get(i).isBoolean(), "a boolean").booleanValue();
  }

  double number(int i) {
    return expect(i, get(i).isNumber(), "a number").doubleValue();
  }

  /** A whole number (1 and 1.0 both qualify) that fits an int. */
  int integer(int i) {
    Long v = Json.wholeNumber(get(i));
    if (v == null || v != v.intValue()) {
      throw fail(i, "an integer");
    }
    return v.intValue();
  }

  private JsonNode expect(int i, boolean ok, String what) {
    if (!ok) {
      throw fail(i, what);
    }
    return get(i);
  }

  AslException fail(int i, String what) {
    JsonNode v = get(i);
    return Errors.intrinsic(function, "argument " + (i + 1) + " must be " + what + ", but was "
        + Json.typeName(v) + " " + Json.compact(v));
  }

  AslException fail(String problem) {
    return Errors.intrinsic(function, problem);
  }
}
