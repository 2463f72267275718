package dev.asl4j.parser;

/**
 * A place in a source text: 1-based line and column, 0-based character offset.
 *
 * @param line 1-based line number
 * @param column 1-based column number
 * @param offset 0-based character offset from the start of the text, or -1 when unknown
 */
public record SourceSpan(int line, int column, long offset) {
  /** The span of a whole document whose position is unknown. */
  public static final SourceSpan UNKNOWN = new SourceSpan(0, 0, -1);

  /** Whether this span points at a real position. */
  public boolean isKnown() {
    return line > 0;
  }
}
