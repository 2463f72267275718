package dev.asl4j.parser.expr;

import java.util.List;
import java.util.Objects;

/**
 * A parsed JSONPath as ASL uses it: on the state input ({@code $.a.b}), on the Context object
 * ({@code $$.Execution.Id}) or on a variable ({@code $order.id}). Simple single-node paths (names
 * and indexes only) are also held as {@link #segments()} so the engine can read and write them
 * without a general JSONPath engine. {@link #NULL} stands for a field explicitly set to JSON
 * {@code null} (e.g. {@code "ResultPath": null}).
 *
 * <p>Equality is by text (and the null marker).
 */
public final class Path {
  /** What a path is applied to. */
  public enum Root {
    /** {@code $}: the current input (or the value the field applies to). */
    INPUT,
    /** {@code $$}: the Context object. */
    CONTEXT,
    /** {@code $name}: a workflow variable. */
    VARIABLE
  }

  /** One step of a single-node path: a field name, or an array index when {@code name} is null. */
  public record Segment(String name, int index) {
    public static Segment field(String name) {
      return new Segment(Objects.requireNonNull(name), -1);
    }

    public static Segment index(int index) {
      return new Segment(null, index);
    }

    public boolean isIndex() {
      return name == null;
    }
  }

  /** {@code $}. */
  public static final Path ROOT = new Path("$", Root.INPUT, null, List.of(), false);

  /** A field explicitly set to JSON null. */
  public static final Path NULL = new Path("null", Root.INPUT, null, List.of(), true);

  private final String text;
  private final Root root;
  private final String variable;
  private final List<Segment> segments;
  private final boolean isNull;

  Path(String text, Root root, String variable, List<Segment> segments, boolean isNull) {
    this.text = text;
    this.root = root;
    this.variable = variable;
    this.segments = segments == null ? null : List.copyOf(segments);
    this.isNull = isNull;
  }

  /**
   * Parses any JSONPath that ASL accepts (filters, wildcards, slices, deep scan, unions), rooted at
   * {@code $}, {@code $$} or a {@code $variable}.
   */
  public static Path parse(String text) throws ExpressionSyntaxException {
    return PathParser.parse(text, false);
  }

  /** Parses a Reference Path: it must name a single node (no wildcards, filters, slices...). */
  public static Path parseReference(String text) throws ExpressionSyntaxException {
    return PathParser.parse(text, true);
  }

  /** The path as written. */
  public String text() {
    return text;
  }

  public Root root() {
    return root;
  }

  /** The variable name for {@link Root#VARIABLE} paths, else null. */
  public String variable() {
    return variable;
  }

  /** Whether this is the explicit-null marker {@link #NULL}. */
  public boolean isNull() {
    return isNull;
  }

  /** Whether this path names at most one node and is held as {@link #segments()}. */
  public boolean isSimple() {
    return segments != null;
  }

  /** The steps after the root, or null when the path is not simple. */
  public List<Segment> segments() {
    return segments;
  }

  /**
   * The path re-rooted at {@code $} for a general JSONPath engine: {@code $$.a} becomes {@code $.a},
   * {@code $var.a} becomes {@code $.a}.
   */
  public String relativeText() {
    if (isNull) {
      return "$";
    }
    String rest;
    switch (root) {
      case CONTEXT:
        rest = text.substring(2);
        break;
      case VARIABLE:
        rest = text.substring(1 + variable.length());
        break;
      default:
        rest = text.substring(1);
        break;
    }
    return "$" + rest;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Path && ((Path) o).text.equals(text) && ((Path) o).isNull == isNull;
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + (isNull ? 1 : 0);
  }

  @Override
  public String toString() {
    return text;
  }
}
