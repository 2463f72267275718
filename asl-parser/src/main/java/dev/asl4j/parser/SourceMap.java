package dev.asl4j.parser;

import java.util.Map;

/**
 * Maps JSON Pointers of a parsed document ({@code /States/A/Next}) to where their values start in
 * the source text. Kept apart from the model so that models compare with {@code equals}.
 *
 * <pre>{@code
 * SourceSpan s = result.sourceMap().find("/States/A/Next"); // nearest known ancestor if absent
 * }</pre>
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(Map.of(), Map.of());
  private final Map<String, SourceSpan> values;
  private final Map<String, SourceSpan> keys;

  /**
   * @param values pointer to the position of the value
   * @param keys pointer to the position of the object key that names the value (may be empty)
   */
  public SourceMap(Map<String, SourceSpan> values, Map<String, SourceSpan> keys) {
    this.values = Map.copyOf(values);
    this.keys = Map.copyOf(keys);
  }

  private SourceMap(Map<String, SourceSpan> values, Map<String, SourceSpan> keys, boolean adopt) {
    this.values = values;
    this.keys = keys;
  }

  /**
   * A map over position tables that the caller hands over: they are wrapped, not copied, so the
   * caller must never modify them afterwards. For the parser, whose tables hold one entry per
   * JSON value and would otherwise be copied once per parse.
   */
  public static SourceMap adopt(Map<String, SourceSpan> values, Map<String, SourceSpan> keys) {
    return new SourceMap(
        java.util.Collections.unmodifiableMap(values),
        java.util.Collections.unmodifiableMap(keys),
        true);
  }

  /** A map that knows no positions. */
  public static SourceMap empty() {
    return EMPTY;
  }

  /**
   * The position of the value at {@code pointer}, or of its nearest ancestor that has one, or
   * {@link SourceSpan#UNKNOWN}.
   */
  public SourceSpan find(String pointer) {
    String p = pointer == null ? "" : pointer;
    if (p.equals("/")) {
      p = "";
    }
    while (true) {
      SourceSpan s = values.get(p);
      if (s != null) {
        return s;
      }
      if (p.isEmpty()) {
        return SourceSpan.UNKNOWN;
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
  }

  /** The position of the key naming the value at {@code pointer}, falling back to {@link #find}. */
  public SourceSpan findKey(String pointer) {
    SourceSpan s = keys.get(pointer);
    return s != null ? s : find(pointer);
  }

  /** Number of pointers with a known value position. */
  public int size() {
    return values.size();
  }
}
