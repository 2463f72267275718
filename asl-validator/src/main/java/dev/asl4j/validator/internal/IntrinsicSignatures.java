package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Names, arity and literal argument types of the 18 intrinsic functions. Kept here until the
 * parser module publishes its own table; the numbers come from the AWS intrinsic-functions page.
 */
final class IntrinsicSignatures {
  /** What a literal argument must be; paths and nested calls are checked only at run time. */
  enum Kind {
    ANY,
    STRING,
    NUMBER,
    BOOLEAN;

    boolean accepts(JsonNode literal) {
      switch (this) {
        case STRING:
          return literal.isTextual();
        case NUMBER:
          return literal.isNumber();
        case BOOLEAN:
          return literal.isBoolean();
        default:
          return true;
      }
    }
  }

  /**
   * @param min fewest arguments
   * @param max most arguments, or -1 for no limit
   * @param kinds literal kind by position; the last one repeats
   */
  record Signature(String name, int min, int max, List<Kind> kinds) {
    Kind kindAt(int i) {
      return kinds.isEmpty() ? Kind.ANY : kinds.get(Math.min(i, kinds.size() - 1));
    }

    String arity() {
      if (max == min) {
        return min + (min == 1 ? " argument" : " arguments");
      }
      return max < 0 ? "at least " + min + " argument" + (min == 1 ? "" : "s")
          : min + " to " + max + " arguments";
    }
  }

  private static final Map<String, Signature> TABLE = Stream.of(
          sig("States.Format", 1, -1, Kind.STRING, Kind.ANY),
          sig("States.StringToJson", 1, 1, Kind.STRING),
          sig("States.JsonToString", 1, 1, Kind.ANY),
          sig("States.Array", 0, -1, Kind.ANY),
          sig("States.ArrayPartition", 2, 2, Kind.ANY, Kind.NUMBER),
          sig("States.ArrayContains", 2, 2, Kind.ANY),
          sig("States.ArrayRange", 3, 3, Kind.NUMBER),
          sig("States.ArrayGetItem", 2, 2, Kind.ANY, Kind.NUMBER),
          sig("States.ArrayLength", 1, 1, Kind.ANY),
          sig("States.ArrayUnique", 1, 1, Kind.ANY),
          sig("States.Base64Encode", 1, 1, Kind.STRING),
          sig("States.Base64Decode", 1, 1, Kind.STRING),
          sig("States.Hash", 2, 2, Kind.ANY, Kind.STRING),
          sig("States.JsonMerge", 3, 3, Kind.ANY, Kind.ANY, Kind.BOOLEAN),
          sig("States.MathRandom", 2, 3, Kind.NUMBER),
          sig("States.MathAdd", 2, 2, Kind.NUMBER),
          sig("States.StringSplit", 2, 2, Kind.STRING),
          sig("States.UUID", 0, 0))
      .collect(Collectors.toUnmodifiableMap(Signature::name, Function.identity()));

  private IntrinsicSignatures() {}

  private static Signature sig(String name, int min, int max, Kind... kinds) {
    return new Signature(name, min, max, List.of(kinds));
  }

  /** The signature of {@code name}, or null for a function AWS does not define. */
  static Signature find(String name) {
    return TABLE.get(name);
  }

  static int size() {
    return TABLE.size();
  }
}
