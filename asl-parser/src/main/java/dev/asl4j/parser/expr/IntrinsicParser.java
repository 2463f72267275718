package dev.asl4j.parser.expr;

import java.util.List;

/** Parses intrinsic function calls. STUB: to be replaced by the full parser. */
final class IntrinsicParser {
  /** Deepest nesting of calls AWS accepts. */
  static final int MAX_NESTING = 10;

  private IntrinsicParser() {}

  static IntrinsicCall parse(String text) throws ExpressionSyntaxException {
    int open = text.indexOf('(');
    if (open <= 0 || !text.endsWith(")")) {
      throw new ExpressionSyntaxException("not an intrinsic function call");
    }
    return new IntrinsicCall(text.substring(0, open), List.of());
  }

  static String render(IntrinsicCall call) {
    return call.name() + "()";
  }
}
