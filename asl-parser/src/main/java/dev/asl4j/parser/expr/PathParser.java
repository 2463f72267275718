package dev.asl4j.parser.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses JSONPath text into {@link Path}. The accepted syntax is what Jayway JsonPath (the engine
 * AWS evidently runs: its error texts leak into AWS causes) accepts, minus script expressions:
 * dot and bracket names, indexes, wildcards, deep scan, unions, slices, filters and trailing
 * functions. Paths made only of names and indexes are kept as segments so the interpreter can walk
 * them without a JSONPath engine.
 *
 * <p>Single pass over the text with an index, no recursion, so hostile input costs linear time and
 * can only end in an {@link ExpressionSyntaxException}.
 */
final class PathParser {
  /** Characters a Reference Path may not contain outside quoted names (spec: no {@code @ , : ?}). */
  private static final String REFERENCE_FORBIDDEN = "@,:?*";

  private final String text;
  private final boolean reference;
  private final int length;
  private int pos;
  private final List<Path.Segment> segments = new ArrayList<>();
  private boolean simple = true;

  private PathParser(String text, boolean reference) {
    this.text = text;
    this.reference = reference;
    this.length = text.length();
  }

  static Path parse(String text, boolean reference) throws ExpressionSyntaxException {
    if (text == null || text.isEmpty() || text.charAt(0) != '$') {
      throw new ExpressionSyntaxException("a path must start with '$'");
    }
    if (text.equals("$")) {
      return Path.ROOT;
    }
    return new PathParser(text, reference).run();
  }

  private Path run() throws ExpressionSyntaxException {
    Path.Root root;
    String variable = null;
    if (length >= 2 && text.charAt(1) == '$') {
      root = Path.Root.CONTEXT;
      pos = 2;
    } else if (length >= 2 && isVariableStart(text.codePointAt(1))) {
      root = Path.Root.VARIABLE;
      pos = 1;
      while (pos < length && isVariablePart(text.codePointAt(pos))) {
        pos += Character.charCount(text.codePointAt(pos));
      }
      variable = text.substring(1, pos);
      if (variable.equals("states")) {
        throw new ExpressionSyntaxException(
            "'$states' is reserved: it is available only in JSONata expressions");
      }
    } else {
      root = Path.Root.INPUT;
      pos = 1;
    }
    while (pos < length) {
      char c = text.charAt(pos);
      if (c == '.') {
        dot();
      } else if (c == '[') {
        BracketParser.Result r = BracketParser.parse(text, pos);
        pos = r.end();
        if (r.segment() != null) {
          segments.add(r.segment());
        } else {
          simple = false;
        }
      } else {
        throw error("unexpected character '" + c + "'", pos);
      }
    }
    if (reference && !simple) {
      throw new ExpressionSyntaxException(
          "a reference path must name a single node: no wildcards, deep scan, filters, slices,"
              + " unions or functions are allowed in '" + text + "'");
    }
    return new Path(text, root, variable, simple ? segments : null, false);
  }

  /** After a '.', reads a deep scan, a wildcard, or a dot name (possibly a trailing function). */
  private void dot() throws ExpressionSyntaxException {
    int dotAt = pos;
    pos++;
    boolean deep = false;
    if (pos < length && text.charAt(pos) == '.') {
      deep = true;
      simple = false;
      pos++;
    }
    if (pos >= length) {
      throw error("the path ends with '" + (deep ? ".." : ".") + "'", dotAt);
    }
    char c = text.charAt(pos);
    if (c == '[') {
      // "$.['a']" and "$..[0]" are accepted by Jayway: the bracket is read by the main loop.
      return;
    }
    if (c == '*') {
      simple = false;
      pos++;
      return;
    }
    if (c == '.') {
      throw error("unexpected '.'", pos);
    }
    int start = pos;
    while (pos < length) {
      char d = text.charAt(pos);
      if (d == '.' || d == '[' || d == '(' || Character.isWhitespace(d)) {
        break;
      }
      pos++;
    }
    String name = text.substring(start, pos);
    if (name.isEmpty()) {
      throw error("a name is missing", start);
    }
    if (pos < length && Character.isWhitespace(text.charAt(pos))) {
      throw error("use bracket notation ['my name'] for names with blanks", pos);
    }
    if (pos < length && text.charAt(pos) == '(') {
      function(start);
      return;
    }
    if (reference) {
      for (int i = 0; i < name.length(); i++) {
        if (REFERENCE_FORBIDDEN.indexOf(name.charAt(i)) >= 0) {
          throw error(
              "a reference path may not contain '" + name.charAt(i) + "'", start + i);
        }
      }
    }
    if (!deep) {
      segments.add(Path.Segment.field(name));
    }
  }

  /** A function such as {@code .length()}: Jayway only accepts it as the last step. */
  private void function(int nameStart) throws ExpressionSyntaxException {
    simple = false;
    int close = BracketParser.matchingClose(text, pos, '(', ')');
    if (close < 0) {
      throw error("unclosed or too deeply nested '(' of a function call", pos);
    }
    pos = close + 1;
    if (pos != length) {
      throw error("a function must be the last step of a path", nameStart);
    }
  }

  static boolean isVariableStart(int cp) {
    return cp == '_' || Character.isUnicodeIdentifierStart(cp);
  }

  static boolean isVariablePart(int cp) {
    return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
  }

  private ExpressionSyntaxException error(String what, int at) {
    return error(text, what, at);
  }

  static ExpressionSyntaxException error(String text, String what, int at) {
    return new ExpressionSyntaxException(
        "invalid path '" + text + "': " + what + " at position " + at);
  }
}
