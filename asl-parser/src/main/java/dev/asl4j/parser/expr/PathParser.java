package dev.asl4j.parser.expr;

import java.util.List;

/** Parses JSONPath text into {@link Path}. STUB: to be replaced by the full parser. */
final class PathParser {
  private PathParser() {}

  static Path parse(String text, boolean reference) throws ExpressionSyntaxException {
    if (text == null || !text.startsWith("$")) {
      throw new ExpressionSyntaxException("a path must start with '$'");
    }
    if (text.equals("$")) {
      return Path.ROOT;
    }
    return new Path(text, text.startsWith("$$") ? Path.Root.CONTEXT : Path.Root.INPUT, null,
        text.startsWith("$.") || text.startsWith("$$") ? null : List.of(), false);
  }
}
