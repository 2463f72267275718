package dev.asl4j.interpreter.internal.jsonata;

/**
 * Thrown from inside dashjoin's evaluator when an {@link Evaluation} runs past a
 * {@link JsonataLimits} bound. Its message is the text AWS reports after "threw an error during
 * evaluation: ". Stackless: it is an expected outcome, and a stack walk would be the most expensive
 * part of an already-deep failure.
 */
final class LimitExceeded extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final String DEPTH =
      "Stack overflow error: Check for non-terminating recursive function.  "
          + "Consider rewriting as tail-recursive.";
  static final String TIME = "Expression evaluation timeout: Check for infinite loop";
  static final String MEMORY =
      "Expression evaluation memory limit exceeded: Check for excessive memory usage";

  LimitExceeded(String message) {
    super(message, null, false, false);
  }
}
