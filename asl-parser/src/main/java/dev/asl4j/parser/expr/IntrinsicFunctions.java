package dev.asl4j.parser.expr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 18 {@code States.*} intrinsic functions AWS Step Functions provides, with their arity. The
 * parser accepts any name; the validator checks names and argument counts against this table, and
 * the interpreter implements exactly these.
 *
 * <pre>{@code
 * IntrinsicFunctions.lookup("States.MathRandom")
 *     .filter(s -> s.accepts(call.args().size()))
 * }</pre>
 */
public final class IntrinsicFunctions {
  /** {@link Signature#maxArgs()} of functions taking any number of arguments. */
  public static final int UNBOUNDED = Integer.MAX_VALUE;

  /**
   * A function's name and how many arguments it takes.
   *
   * @param name the full name, e.g. {@code States.Format}
   * @param minArgs the fewest arguments
   * @param maxArgs the most arguments, or {@link #UNBOUNDED}
   */
  public record Signature(String name, int minArgs, int maxArgs) {
    /** Whether a call with {@code count} arguments has the right arity. */
    public boolean accepts(int count) {
      return count >= minArgs && count <= maxArgs;
    }
  }

  private static final Map<String, Signature> ALL = build();

  private IntrinsicFunctions() {}

  private static Map<String, Signature> build() {
    Map<String, Signature> m = new LinkedHashMap<>();
    add(m, "States.Format", 1, UNBOUNDED);
    add(m, "States.StringToJson", 1, 1);
    add(m, "States.JsonToString", 1, 1);
    add(m, "States.Array", 0, UNBOUNDED);
    add(m, "States.ArrayPartition", 2, 2);
    add(m, "States.ArrayContains", 2, 2);
    add(m, "States.ArrayRange", 3, 3);
    add(m, "States.ArrayGetItem", 2, 2);
    add(m, "States.ArrayLength", 1, 1);
    add(m, "States.ArrayUnique", 1, 1);
    add(m, "States.Base64Encode", 1, 1);
    add(m, "States.Base64Decode", 1, 1);
    add(m, "States.Hash", 2, 2);
    add(m, "States.JsonMerge", 3, 3);
    add(m, "States.MathRandom", 2, 3);
    add(m, "States.MathAdd", 2, 2);
    add(m, "States.StringSplit", 2, 2);
    add(m, "States.UUID", 0, 0);
    return Map.copyOf(m);
  }

  private static void add(Map<String, Signature> m, String name, int min, int max) {
    m.put(name, new Signature(name, min, max));
  }

  /** The signature of {@code name} (case-sensitive), if it is one of the 18 functions. */
  public static Optional<Signature> lookup(String name) {
    return Optional.ofNullable(ALL.get(name));
  }

  /** Every function, keyed by name. */
  public static Map<String, Signature> all() {
    return ALL;
  }

  /**
   * The text of a string literal argument as written between its quotes, escapes intact, when the
   * literal was parsed with escapes; otherwise null (the value is then its own source text).
   * {@code States.Format} needs it to tell an escaped {@code \{\}} from a {@code {}} placeholder.
   */
  public static String sourceText(JsonNode literal) {
    return literal instanceof EscapedTextNode ? ((EscapedTextNode) literal).source() : null;
  }
}
