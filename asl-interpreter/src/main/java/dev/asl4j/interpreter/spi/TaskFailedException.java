package dev.asl4j.interpreter.spi;

/**
 * Thrown by a {@link TaskHandler} to fail its task with an ASL error name and cause, which the
 * state's Retry and Catch then match exactly as AWS would.
 *
 * <pre>{@code
 * throw new TaskFailedException("PaymentDeclined", "card expired");
 * }</pre>
 */
public class TaskFailedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String error;
  private final String cause;

  /**
   * @param error the error name, e.g. {@code PaymentDeclined} (null: the task fails without one)
   * @param cause the cause text, or null
   */
  public TaskFailedException(String error, String cause) {
    super(error + (cause == null ? "" : ": " + cause), null, false, false);
    this.error = error;
    this.cause = cause;
  }

  /** The error name. */
  public String error() {
    return error;
  }

  /** The cause text, or null. */
  public String errorCause() {
    return cause;
  }
}
