package dev.asl4j.parser.internal;

import dev.asl4j.parser.expr.ExpressionSyntaxException;
import dev.asl4j.parser.expr.IntrinsicCall;
import dev.asl4j.parser.expr.Path;
import java.util.Optional;

/**
 * Parses paths and intrinsic calls without throwing. Surrounding whitespace is tolerated the way
 * AWS's JSONPath engine tolerates it ({@code "$$.Execution.Name "} is accepted in the wild).
 */
final class Paths {
  private Paths() {}

  static Optional<Path> path(String text, boolean reference) {
    Optional<Path> p = tryPath(text, reference);
    if (p.isEmpty() && !text.strip().equals(text)) {
      p = tryPath(text.strip(), reference);
    }
    return p;
  }

  static Optional<IntrinsicCall> intrinsic(String text) {
    Optional<IntrinsicCall> c = tryIntrinsic(text);
    if (c.isEmpty() && !text.strip().equals(text)) {
      c = tryIntrinsic(text.strip());
    }
    return c;
  }

  private static Optional<Path> tryPath(String text, boolean reference) {
    try {
      return Optional.of(reference ? Path.parseReference(text) : Path.parse(text));
    } catch (ExpressionSyntaxException | RuntimeException e) {
      // RuntimeException: a bug in the expression parser must not escape the parser.
      return Optional.empty();
    }
  }

  private static Optional<IntrinsicCall> tryIntrinsic(String text) {
    try {
      return Optional.of(IntrinsicCall.parse(text));
    } catch (ExpressionSyntaxException | RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }
}
