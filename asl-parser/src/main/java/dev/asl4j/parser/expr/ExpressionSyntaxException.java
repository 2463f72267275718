package dev.asl4j.parser.expr;

/** A path, intrinsic call or JSONata text that does not parse. The message says why. */
public final class ExpressionSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  public ExpressionSyntaxException(String message) {
    super(message);
  }
}
