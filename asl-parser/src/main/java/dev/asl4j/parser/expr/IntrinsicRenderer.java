package dev.asl4j.parser.expr;

import com.fasterxml.jackson.databind.JsonNode;

/** Renders an {@link IntrinsicCall} back to source text that parses to an equal call. */
final class IntrinsicRenderer {
  private IntrinsicRenderer() {}

  static void render(IntrinsicCall call, StringBuilder out) {
    out.append(call.name()).append('(');
    boolean first = true;
    for (IntrinsicCall.Arg arg : call.args()) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      if (arg instanceof IntrinsicCall.CallArg) {
        render(((IntrinsicCall.CallArg) arg).call(), out);
      } else if (arg instanceof IntrinsicCall.PathArg) {
        out.append(((IntrinsicCall.PathArg) arg).path().text());
      } else {
        literal(((IntrinsicCall.LiteralArg) arg).value(), out);
      }
    }
    out.append(')');
  }

  private static void literal(JsonNode value, StringBuilder out) {
    if (value instanceof EscapedTextNode) {
      out.append('\'').append(((EscapedTextNode) value).source()).append('\'');
    } else if (value.isTextual()) {
      // Braces stay unescaped: written bare they still parse, and keep their placeholder meaning.
      out.append('\'');
      String s = value.textValue();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\'' || c == '\\') {
          out.append('\\');
        }
        out.append(c);
      }
      out.append('\'');
    } else if (value.isNumber() || value.isBoolean() || value.isNull()) {
      out.append(value.asText());
    } else {
      throw new IllegalArgumentException("an intrinsic literal must be a string, number,"
          + " boolean or null, not " + value.getNodeType());
    }
  }
}
