package dev.asl4j.interpreter;

import dev.asl4j.validator.ValidationResult;
import java.util.Objects;

/**
 * Thrown by {@code AslEngine.load} when a definition is invalid; the message renders every
 * diagnostic (file:line:column, code, message, source line and caret).
 *
 * <pre>{@code
 * try {
 *   engine.load(Path.of("order.asl.json"));
 * } catch (AslValidationException e) {
 *   e.result().errors().forEach(d -> System.err.println(d.code()));
 * }
 * }</pre>
 */
public final class AslValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ValidationResult result;

  public AslValidationException(ValidationResult result) {
    super(message(Objects.requireNonNull(result, "result")));
    this.result = result;
  }

  /** The full validation result: diagnostics, parse result, source. */
  public ValidationResult result() {
    return result;
  }

  private static String message(ValidationResult r) {
    return "invalid state machine definition " + r.parse().fileName() + " ("
        + r.errors().size() + " error(s)):" + System.lineSeparator() + r.render();
  }
}
