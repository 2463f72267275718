package dev.asl4j.parser.spi;

import java.util.Optional;

/**
 * Checks the syntax of JSONata expressions at load time. The parser has no JSONata engine of its
 * own; it is given one with {@code AslParser.withJsonataChecker} (the validator always gives it
 * the JSONata library's parser). Without one only the {@code {% %}} framing is checked.
 */
public interface JsonataSyntaxChecker {
  /**
   * @param expression the text between {@code {%} and {@code %}}
   * @return a message describing the syntax error, or empty when the expression parses
   */
  Optional<String> check(String expression);
}
