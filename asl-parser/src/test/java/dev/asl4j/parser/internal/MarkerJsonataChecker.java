package dev.asl4j.parser.internal;

import dev.asl4j.parser.spi.JsonataSyntaxChecker;
import java.util.Optional;

/**
 * A test-only checker given to the tests' parser: rejects expressions containing the marker
 * {@code @@bad}, which no real expression in the corpora contains.
 */
final class MarkerJsonataChecker implements JsonataSyntaxChecker {
  static final String MARKER = "@@bad";

  @Override
  public Optional<String> check(String expression) {
    return expression.contains(MARKER) ? Optional.of("marker found") : Optional.empty();
  }
}
