package dev.asl4j.interpreter.internal.expr;

import dev.asl4j.interpreter.AslError;

/**
 * Carries an {@link AslError} out of expression evaluation (paths, templates, intrinsics, JSONata)
 * up to the state that catches it. Stackless: it is an expected outcome, not a bug. When {@code
 * statePrefixed} is true the engine prefixes the cause with AWS's "An error occurred while
 * executing the state '<name>' (entered at the event id #<n>). " text.
 */
public final class AslException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient AslError error;
  private final boolean statePrefixed;

  public AslException(String name, String cause, boolean statePrefixed) {
    super(name + ": " + cause, null, false, false);
    this.error = new AslError(name, cause);
    this.statePrefixed = statePrefixed;
  }

  public AslException(String name, String cause) {
    this(name, cause, false);
  }

  public AslError error() {
    return error;
  }

  /** Whether the engine must prefix the cause with the state description. */
  public boolean statePrefixed() {
    return statePrefixed;
  }
}
