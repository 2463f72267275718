package dev.asl4j.validator.internal;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import dev.asl4j.parser.spi.JsonataSyntaxChecker;
import java.util.Optional;

/**
 * Rejects unparseable {@code {% %}} expressions at load time, as AWS's CreateStateMachine does,
 * with the JSONata library's own parser. The validator hands it to its parser explicitly, so the
 * CLI, the Maven plugin and the engine give the same verdict whatever else is on the class path.
 * The message is the JSONata parser's, without the code, as AWS words it (e.g. {@code Expected
 * "]", got ","}).
 */
final class JsonataSyntax implements JsonataSyntaxChecker {
  static final JsonataSyntax INSTANCE = new JsonataSyntax();

  private JsonataSyntax() {}

  @Override
  public Optional<String> check(String expression) {
    try {
      Jsonata.jsonata(expression);
      return Optional.empty();
    } catch (JException e) {
      return Optional.of(e.getMessage() == null ? String.valueOf(e.getError()) : e.getMessage());
    } catch (StackOverflowError e) {
      return Optional.of("The expression is nested too deeply to parse");
    } catch (RuntimeException e) {
      // A defect of the library's parser on odd input: still not a valid expression.
      return Optional.of("The expression cannot be parsed");
    }
  }
}
