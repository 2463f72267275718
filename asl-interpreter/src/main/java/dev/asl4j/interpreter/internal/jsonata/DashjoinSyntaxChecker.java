package dev.asl4j.interpreter.internal.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import dev.asl4j.parser.spi.JsonataSyntaxChecker;
import java.util.Optional;

/**
 * Lets the parser reject unparseable {@code {% %}} expressions at load time, as AWS's
 * CreateStateMachine does. Found through {@link java.util.ServiceLoader} (hence public, with a
 * public no-argument constructor). The message is the JSONata parser's, without the code, as AWS
 * words it (e.g. {@code Expected "]", got ","}).
 */
public final class DashjoinSyntaxChecker implements JsonataSyntaxChecker {
  /** For {@link java.util.ServiceLoader}. */
  public DashjoinSyntaxChecker() {}

  @Override
  public Optional<String> check(String expression) {
    try {
      Jsonata.jsonata(expression);
      return Optional.empty();
    } catch (JException e) {
      return Optional.of(QueryCauses.message(e));
    } catch (StackOverflowError e) {
      return Optional.of("The expression is nested too deeply to parse");
    } catch (RuntimeException e) {
      // A defect of the library's parser on odd input: still not a valid expression.
      return Optional.of("The expression cannot be parsed");
    }
  }
}
