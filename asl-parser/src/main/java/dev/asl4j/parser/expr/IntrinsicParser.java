package dev.asl4j.parser.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses intrinsic function calls: {@code Name(arg, ...)} where an argument is a single-quoted
 * string ({@code \' \{ \} \\} escapes), a number, {@code true}/{@code false} (AWS's own examples
 * pass {@code false} to {@code States.JsonMerge}), {@code null}, a path, or a nested call.
 * Recursion follows call nesting only, which is capped at {@link #MAX_NESTING}.
 */
final class IntrinsicParser {
  /** Deepest nesting of calls AWS accepts. */
  static final int MAX_NESTING = 10;

  private final String text;
  private final int length;
  private int pos;

  private IntrinsicParser(String text) {
    this.text = text;
    this.length = text.length();
  }

  static IntrinsicCall parse(String text) throws ExpressionSyntaxException {
    if (text == null || text.isEmpty()) {
      throw new ExpressionSyntaxException("an intrinsic function call is empty");
    }
    IntrinsicParser p = new IntrinsicParser(text);
    IntrinsicCall call = p.call(1);
    if (p.pos != p.length) {
      throw p.error("unexpected text after the call");
    }
    return call;
  }

  private IntrinsicCall call(int depth) throws ExpressionSyntaxException {
    if (depth > MAX_NESTING) {
      throw error("intrinsic functions may be nested at most " + MAX_NESTING + " levels deep");
    }
    int start = pos;
    while (pos < length && isNameChar(text.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      throw error("expected a function name");
    }
    String name = text.substring(start, pos);
    if (pos >= length || text.charAt(pos) != '(') {
      throw error("expected '(' after '" + name + "'");
    }
    pos++;
    List<IntrinsicCall.Arg> args = new ArrayList<>();
    skipBlanks();
    if (pos < length && text.charAt(pos) == ')') {
      pos++;
      return new IntrinsicCall(name, args);
    }
    while (true) {
      skipBlanks();
      args.add(arg(depth));
      skipBlanks();
      if (pos >= length) {
        throw error("unclosed '(' of " + name);
      }
      char c = text.charAt(pos);
      pos++;
      if (c == ')') {
        return new IntrinsicCall(name, args);
      }
      if (c != ',') {
        throw error("expected ',' or ')' but found '" + c + "'", pos - 1);
      }
    }
  }

  private IntrinsicCall.Arg arg(int depth) throws ExpressionSyntaxException {
    if (pos >= length) {
      throw error("an argument is missing");
    }
    char c = text.charAt(pos);
    if (c == '\'') {
      return new IntrinsicCall.LiteralArg(string());
    }
    if (c == '$') {
      return new IntrinsicCall.PathArg(path());
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return new IntrinsicCall.LiteralArg(number());
    }
    if (isNameChar(c)) {
      int start = pos;
      while (pos < length && isNameChar(text.charAt(pos))) {
        pos++;
      }
      if (pos < length && text.charAt(pos) == '(') {
        pos = start;
        return new IntrinsicCall.CallArg(call(depth + 1));
      }
      String word = text.substring(start, pos);
      switch (word) {
        case "true": return new IntrinsicCall.LiteralArg(BooleanNode.TRUE);
        case "false": return new IntrinsicCall.LiteralArg(BooleanNode.FALSE);
        case "null": return new IntrinsicCall.LiteralArg(NullNode.getInstance());
        default: throw error("unexpected argument '" + word + "'", start);
      }
    }
    throw error("unexpected character '" + c + "'");
  }

  /** A single-quoted string; keeps the text as written when it holds escapes (for Format). */
  private JsonNode string() throws ExpressionSyntaxException {
    int open = pos;
    pos++;
    StringBuilder value = new StringBuilder();
    boolean escaped = false;
    while (true) {
      if (pos >= length) {
        throw error("unterminated string", open);
      }
      char c = text.charAt(pos);
      if (c == '\'') {
        break;
      }
      if (c == '\\') {
        if (pos + 1 >= length) {
          throw error("open escape at the end of the text", pos);
        }
        char e = text.charAt(pos + 1);
        escaped = true;
        if (e == '\'' || e == '{' || e == '}' || e == '\\') {
          value.append(e);
        } else {
          // Not one of the reserved characters: kept as written, backslash included.
          value.append(c).append(e);
        }
        pos += 2;
        continue;
      }
      value.append(c);
      pos++;
    }
    String source = text.substring(open + 1, pos);
    pos++;
    return escaped ? new EscapedTextNode(value.toString(), source) : new TextNode(value.toString());
  }

  /** A path argument runs to the next ',' or ')' outside brackets, parentheses and quotes. */
  private Path path() throws ExpressionSyntaxException {
    int start = pos;
    int depth = 0;
    while (pos < length) {
      char c = text.charAt(pos);
      if (c == '\'' || c == '"') {
        int end = text.indexOf(c, pos + 1);
        while (end > 0 && text.charAt(end - 1) == '\\' && !evenBackslashes(end)) {
          end = text.indexOf(c, end + 1);
        }
        if (end < 0) {
          throw error("unterminated quoted name in a path", pos);
        }
        pos = end + 1;
        continue;
      }
      if (c == '[' || c == '(') {
        depth++;
      } else if (c == ']' || (c == ')' && depth > 0)) {
        depth--;
      } else if (depth == 0 && (c == ',' || c == ')' || c == ' ')) {
        break;
      }
      pos++;
    }
    return Path.parse(text.substring(start, pos));
  }

  /** Whether the run of backslashes ending just before {@code quoteAt} has even length. */
  private boolean evenBackslashes(int quoteAt) {
    int count = 0;
    for (int i = quoteAt - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
      count++;
    }
    return count % 2 == 0;
  }

  /** A JSON-style number: -?digits(.digits)?([eE][+-]?digits)?. */
  private JsonNode number() throws ExpressionSyntaxException {
    int start = pos;
    if (text.charAt(pos) == '-') {
      pos++;
    }
    boolean decimal = false;
    if (digits() == 0) {
      throw error("malformed number", start);
    }
    if (pos < length && text.charAt(pos) == '.') {
      pos++;
      decimal = true;
      if (digits() == 0) {
        throw error("malformed number", start);
      }
    }
    if (pos < length && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      pos++;
      decimal = true;
      if (pos < length && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      if (digits() == 0) {
        throw error("malformed number", start);
      }
    }
    String s = text.substring(start, pos);
    if (decimal) {
      double d = Double.parseDouble(s);
      if (Double.isInfinite(d)) {
        throw error("number out of range", start);
      }
      return DoubleNode.valueOf(d);
    }
    BigInteger big = new BigInteger(s);
    if (big.bitLength() < 32) {
      return IntNode.valueOf(big.intValue());
    }
    if (big.bitLength() < 64) {
      return LongNode.valueOf(big.longValue());
    }
    return BigIntegerNode.valueOf(big);
  }

  private int digits() {
    int start = pos;
    while (pos < length && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    return pos - start;
  }

  private void skipBlanks() {
    while (pos < length && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  static boolean isNameChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '.' || c == '_';
  }

  private ExpressionSyntaxException error(String what) {
    return error(what, pos);
  }

  private ExpressionSyntaxException error(String what, int at) {
    return new ExpressionSyntaxException(
        "invalid intrinsic function call '" + text + "': " + what + " at position " + at);
  }

  static String render(IntrinsicCall call) {
    StringBuilder out = new StringBuilder();
    IntrinsicRenderer.render(call, out);
    return out.toString();
  }
}
