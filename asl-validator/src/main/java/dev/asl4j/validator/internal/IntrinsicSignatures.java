package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What literal arguments each intrinsic function accepts, by position. Names and arity come from
 * the parser's {@link dev.asl4j.parser.expr.IntrinsicFunctions}; this adds only the types AWS
 * documents for literal arguments (paths and nested calls are typed at run time).
 */
final class IntrinsicSignatures {
  /** What a literal argument must be. */
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

  /** Literal kinds by position; the last one repeats. Functions not listed accept anything. */
  private static final Map<String, List<Kind>> KINDS = Map.ofEntries(
      Map.entry("States.Format", List.of(Kind.STRING, Kind.ANY)),
      Map.entry("States.StringToJson", List.of(Kind.STRING)),
      Map.entry("States.ArrayPartition", List.of(Kind.ANY, Kind.NUMBER)),
      Map.entry("States.ArrayRange", List.of(Kind.NUMBER)),
      Map.entry("States.ArrayGetItem", List.of(Kind.ANY, Kind.NUMBER)),
      Map.entry("States.Base64Encode", List.of(Kind.STRING)),
      Map.entry("States.Base64Decode", List.of(Kind.STRING)),
      Map.entry("States.Hash", List.of(Kind.ANY, Kind.STRING)),
      Map.entry("States.JsonMerge", List.of(Kind.ANY, Kind.ANY, Kind.BOOLEAN)),
      Map.entry("States.MathRandom", List.of(Kind.NUMBER)),
      Map.entry("States.MathAdd", List.of(Kind.NUMBER)),
      Map.entry("States.StringSplit", List.of(Kind.STRING)));

  private IntrinsicSignatures() {}

  /** The kind a literal at position {@code index} of {@code function} must have. */
  static Kind kindAt(String function, int index) {
    List<Kind> kinds = KINDS.getOrDefault(function, List.of());
    return kinds.isEmpty() ? Kind.ANY : kinds.get(Math.min(index, kinds.size() - 1));
  }
}
