package dev.asl4j.parser.internal;

import dev.asl4j.parser.spi.JsonataSyntaxChecker;
import java.util.Optional;

/** Asks the parser's {@link JsonataSyntaxChecker}, if it has one, without trusting it not to throw. */
final class JsonataCheckers {
  private JsonataCheckers() {}

  /** The checker's complaint about {@code expression}, or empty (always empty without a checker). */
  static Optional<String> check(JsonataSyntaxChecker checker, String expression) {
    if (checker == null) {
      return Optional.empty();
    }
    Optional<String> problem;
    try {
      problem = checker.check(expression);
    } catch (RuntimeException | StackOverflowError e) {
      // A checker that blows up on hostile input says the expression is unusable.
      problem = Optional.of("The expression could not be checked: " + e);
    }
    return problem == null ? Optional.empty() : problem;
  }
}
