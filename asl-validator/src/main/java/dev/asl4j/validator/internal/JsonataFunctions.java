package dev.asl4j.validator.internal;

import java.util.Set;

/**
 * Names of JSONata's built-in functions and the ones Step Functions adds. A {@code $name} that
 * is one of these and is passed as a value (as in {@code $map(xs, $string)}) is not a variable.
 */
final class JsonataFunctions {
  static final Set<String> NAMES = Set.of(
      "string", "length", "substring", "substringBefore", "substringAfter", "uppercase",
      "lowercase", "trim", "pad", "contains", "split", "join", "match", "replace", "eval",
      "base64encode", "base64decode", "encodeUrlComponent", "encodeUrl", "decodeUrlComponent",
      "decodeUrl", "number", "abs", "floor", "ceil", "round", "power", "sqrt", "random",
      "formatNumber", "formatBase", "formatInteger", "parseInteger", "sum", "max", "min",
      "average", "boolean", "not", "exists", "count", "append", "sort", "reverse", "shuffle",
      "distinct", "zip", "keys", "lookup", "spread", "merge", "sift", "each", "error", "assert",
      "type", "map", "filter", "single", "reduce", "now", "millis", "fromMillis", "toMillis",
      "clone",
      // added by Step Functions
      "partition", "range", "hash", "uuid", "parse");

  private JsonataFunctions() {}
}
