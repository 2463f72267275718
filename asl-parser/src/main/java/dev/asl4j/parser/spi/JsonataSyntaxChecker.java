package dev.asl4j.parser.spi;

import java.util.Optional;

/**
 * Checks the syntax of JSONata expressions at load time. The parser has no JSONata engine of its
 * own; the interpreter module provides one through {@link java.util.ServiceLoader}. Without a
 * provider only the {@code {% %}} framing is checked.
 */
public interface JsonataSyntaxChecker {
  /**
   * @param expression the text between {@code {%} and {@code %}}
   * @return a message describing the syntax error, or empty when the expression parses
   */
  Optional<String> check(String expression);
}
