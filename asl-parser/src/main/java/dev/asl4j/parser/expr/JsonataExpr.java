package dev.asl4j.parser.expr;

import java.util.Objects;

/**
 * A JSONata expression as written between {@code {%} and {@code %}}. Syntax is checked at load
 * time through {@link dev.asl4j.parser.spi.JsonataSyntaxChecker}; evaluation lives in the
 * interpreter.
 *
 * @param source the expression text, without the {@code {% %}} framing
 */
public record JsonataExpr(String source) {
  public JsonataExpr {
    Objects.requireNonNull(source, "source");
  }

  /** Whether {@code s} is framed as a JSONata expression: starts with {% and ends with %}. */
  public static boolean isFramed(String s) {
    return s != null && s.length() >= 4 && s.startsWith("{%") && s.endsWith("%}");
  }

  /** The expression inside a framed string; the caller checked {@link #isFramed}. */
  public static JsonataExpr unframe(String s) {
    return new JsonataExpr(s.substring(2, s.length() - 2));
  }

  /** The framed form, as written in a definition. */
  public String framed() {
    return "{%" + source + "%}";
  }
}
