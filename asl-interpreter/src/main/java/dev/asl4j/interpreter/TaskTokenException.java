package dev.asl4j.interpreter;

/**
 * A task token callback that AWS would reject: the error codes are AWS's ({@code
 * TaskDoesNotExist}, {@code InvalidToken}, {@code TaskTimedOut}).
 *
 * <pre>{@code
 * try {
 *   engine.sendTaskSuccess(token, output);
 * } catch (TaskTokenException e) {
 *   if (e.errorCode().equals(TaskTokenException.TASK_TIMED_OUT)) ...
 * }
 * }</pre>
 */
public final class TaskTokenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The token is well formed but names no task (never issued, or already completed). */
  public static final String TASK_DOES_NOT_EXIST = "TaskDoesNotExist";

  /** The token is not one this engine issues. */
  public static final String INVALID_TOKEN = "InvalidToken";

  /** The task the token belonged to has timed out. */
  public static final String TASK_TIMED_OUT = "TaskTimedOut";

  private final String errorCode;

  public TaskTokenException(String errorCode, String message) {
    super(errorCode + ": " + message);
    this.errorCode = errorCode;
  }

  /** AWS's error code. */
  public String errorCode() {
    return errorCode;
  }
}
