package dev.asl4j.parser.internal;

import dev.asl4j.parser.spi.JsonataSyntaxChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** The {@link JsonataSyntaxChecker}s on the class path, loaded once. */
final class JsonataCheckers {
  private JsonataCheckers() {}

  private static final class Holder {
    static final List<JsonataSyntaxChecker> CHECKERS = load();
  }

  private static List<JsonataSyntaxChecker> load() {
    List<JsonataSyntaxChecker> out = new ArrayList<>();
    try {
      for (JsonataSyntaxChecker c : ServiceLoader.load(
          JsonataSyntaxChecker.class, JsonataSyntaxChecker.class.getClassLoader())) {
        out.add(c);
      }
    } catch (ServiceConfigurationError e) {
      // A broken provider must not make every definition unparseable; framing is still checked.
    }
    return List.copyOf(out);
  }

  /** The first complaint of any checker about {@code expression}, or empty. */
  static Optional<String> check(String expression) {
    for (JsonataSyntaxChecker c : Holder.CHECKERS) {
      Optional<String> problem;
      try {
        problem = c.check(expression);
      } catch (RuntimeException | StackOverflowError e) {
        // A checker that blows up on hostile input says the expression is unusable.
        problem = Optional.of("The expression could not be checked: " + e);
      }
      if (problem != null && problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }
}
