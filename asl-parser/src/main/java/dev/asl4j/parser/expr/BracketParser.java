package dev.asl4j.parser.expr;

/**
 * Reads one bracket step of a JSONPath: {@code ['name']}, {@code ["name"]}, {@code [3]}, {@code
 * [-1]}, {@code [*]}, {@code ['a','b']}, {@code [1,2]}, {@code [1:3]}, {@code [?(@.x > 1)]}.
 * Everything is index arithmetic over the text; nothing recurses.
 */
final class BracketParser {
  /**
   * Deepest nesting of brackets and parentheses inside a filter or function. Far beyond real use;
   * it keeps Jayway JsonPath, which compiles filters recursively, clear of stack overflows.
   */
  static final int MAX_NESTING = 32;

  /**
   * @param end the index just after the closing bracket
   * @param segment the single-node step, or null when the step may select several nodes
   */
  record Result(int end, Path.Segment segment) {}

  private BracketParser() {}

  /** Parses the step whose '[' is at {@code open}. */
  static Result parse(String text, int open) throws ExpressionSyntaxException {
    int n = text.length();
    int p = skipBlanks(text, open + 1);
    if (p >= n) {
      throw PathParser.error(text, "unclosed '['", open);
    }
    char c = text.charAt(p);
    if (c == '?') {
      return filter(text, open, p);
    }
    if (c == '*') {
      p = skipBlanks(text, p + 1);
      return new Result(expectClose(text, p, open), null);
    }
    if (c == '\'' || c == '"') {
      return names(text, open, p);
    }
    if (c == '(') {
      throw PathParser.error(text, "script expressions are not supported", p);
    }
    return numbers(text, open, p);
  }

  private static Result filter(String text, int open, int question) throws ExpressionSyntaxException {
    int p = skipBlanks(text, question + 1);
    if (p >= text.length() || text.charAt(p) != '(') {
      throw PathParser.error(text, "a filter must be written [?(expression)]", question);
    }
    int close = matchingClose(text, p, '(', ')');
    if (close < 0) {
      throw PathParser.error(text, "unclosed or too deeply nested filter expression", p);
    }
    if (text.substring(p + 1, close).isBlank()) {
      throw PathParser.error(text, "empty filter expression", p);
    }
    return new Result(expectClose(text, skipBlanks(text, close + 1), open), null);
  }

  /** One or more quoted names separated by commas. */
  private static Result names(String text, int open, int p) throws ExpressionSyntaxException {
    int n = text.length();
    int count = 0;
    String first = null;
    while (true) {
      char quote = text.charAt(p);
      if (quote != '\'' && quote != '"') {
        throw PathParser.error(text, "expected a quoted name", p);
      }
      StringBuilder name = new StringBuilder();
      int i = p + 1;
      while (true) {
        if (i >= n) {
          throw PathParser.error(text, "unterminated quoted name", p);
        }
        char d = text.charAt(i);
        if (d == quote) {
          break;
        }
        if (d == '\\') {
          i = keepEscape(text, i, name);
        } else {
          name.append(d);
          i++;
        }
      }
      count++;
      if (first == null) {
        first = name.toString();
      }
      p = skipBlanks(text, i + 1);
      if (p < n && text.charAt(p) == ',') {
        p = skipBlanks(text, p + 1);
        if (p >= n) {
          throw PathParser.error(text, "unclosed '['", open);
        }
        continue;
      }
      int end = expectClose(text, p, open);
      return new Result(end, count == 1 ? Path.Segment.field(first) : null);
    }
  }

  /**
   * Keeps an escape as written, backslash included: a backslash only stops the next character
   * from closing the name. AWS resolves {@code $['Test\""Name"']} to the key {@code Test\""Name"}
   * (conformance case test_escape_sequence_parsing__ESCAPE_SEQUENCES_JSONPATH), unlike Jayway 2.9,
   * which would unescape it. Returns the index after the escape.
   */
  private static int keepEscape(String text, int i, StringBuilder out) throws ExpressionSyntaxException {
    if (i + 1 >= text.length()) {
      throw PathParser.error(text, "open escape", i);
    }
    out.append('\\').append(text.charAt(i + 1));
    return i + 2;
  }

  /** An index, a union of indexes, or a slice {@code [a:b]}. */
  private static Result numbers(String text, int open, int p) throws ExpressionSyntaxException {
    int close = text.indexOf(']', p);
    if (close < 0) {
      throw PathParser.error(text, "unclosed '['", open);
    }
    String body = text.substring(p, close).strip();
    if (body.isEmpty()) {
      throw PathParser.error(text, "empty brackets", open);
    }
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '-' && c != ':' && c != ',' && c != ' ') {
        throw PathParser.error(text, "unexpected character '" + c + "' in brackets", p + i);
      }
    }
    if (body.indexOf(':') >= 0) {
      String[] parts = body.split(":", -1);
      if (parts.length != 2) {
        throw PathParser.error(text, "a slice is written [start:end]", open);
      }
      for (String part : parts) {
        if (!part.isBlank()) {
          integer(text, part.strip(), open);
        }
      }
      if (body.indexOf(',') >= 0) {
        throw PathParser.error(text, "a slice cannot be part of a union", open);
      }
      return new Result(close + 1, null);
    }
    if (body.indexOf(',') >= 0) {
      for (String part : body.split(",", -1)) {
        integer(text, part.strip(), open);
      }
      return new Result(close + 1, null);
    }
    return new Result(close + 1, Path.Segment.index(integer(text, body, open)));
  }

  private static int integer(String text, String s, int at) throws ExpressionSyntaxException {
    try {
      if (s.isEmpty() || s.indexOf(' ') >= 0) {
        throw new NumberFormatException();
      }
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw PathParser.error(text, "'" + s + "' is not an array index", at);
    }
  }

  private static int expectClose(String text, int p, int open) throws ExpressionSyntaxException {
    if (p >= text.length() || text.charAt(p) != ']') {
      throw PathParser.error(text, "expected ']' to close the '['", open);
    }
    return p + 1;
  }

  private static int skipBlanks(String text, int p) {
    while (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  /**
   * Index of the bracket closing the one at {@code open}, skipping quoted strings and regex
   * literals ({@code =~ /.../}); -1 when unbalanced or nested deeper than {@link #MAX_NESTING}.
   */
  static int matchingClose(String text, int open, char openChar, char closeChar) {
    int depth = 0;
    int n = text.length();
    for (int i = open; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        i = skipQuoted(text, i, c);
        if (i < 0) {
          return -1;
        }
      } else if (c == '~' && i > 0 && text.charAt(i - 1) == '=') {
        int j = skipBlanks(text, i + 1);
        if (j < n && text.charAt(j) == '/') {
          i = skipQuoted(text, j, '/');
          if (i < 0) {
            return -1;
          }
        }
      } else if (c == openChar || c == '(' || c == '[') {
        if (++depth > MAX_NESTING) {
          return -1;
        }
      } else if (c == closeChar || c == ')' || c == ']') {
        depth--;
        if (depth == 0) {
          return c == closeChar ? i : -1;
        }
      }
    }
    return -1;
  }

  /** Index of the quote ending the quoted text starting at {@code start}, or -1. */
  private static int skipQuoted(String text, int start, char quote) {
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return -1;
  }
}
