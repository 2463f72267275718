package dev.asl4j.interpreter.internal;

/**
 * AWS's rules for matching an error against a Retrier's or Catcher's {@code ErrorEquals}.
 *
 * <ul>
 *   <li>{@code States.Runtime} is never retried nor caught, not even by name.
 *   <li>{@code States.ALL} matches everything else except {@code States.DataLimitExceeded}, which
 *       only its own name catches.
 *   <li>{@code States.TaskFailed} matches like {@code States.ALL} but not {@code States.Timeout}.
 *   <li>{@code States.HeartbeatTimeout} matches a heartbeat expiry (reported as {@code
 *       States.Timeout}).
 * </ul>
 */
final class ErrorMatcher {
  static final String ALL = "States.ALL";
  static final String RUNTIME = "States.Runtime";
  static final String DATA_LIMIT = "States.DataLimitExceeded";
  static final String TASK_FAILED = "States.TaskFailed";
  static final String TIMEOUT = "States.Timeout";
  static final String HEARTBEAT = "States.HeartbeatTimeout";

  private ErrorMatcher() {}

  static boolean matches(String[] errorEquals, Failure f) {
    String error = f.error();
    if (RUNTIME.equals(error)) {
      return false;
    }
    for (String e : errorEquals) {
      if (e.equals(error)) {
        return true;
      }
      if (DATA_LIMIT.equals(error)) {
        continue;
      }
      if (ALL.equals(e)) {
        return true;
      }
      if (TASK_FAILED.equals(e) && !TIMEOUT.equals(error)) {
        return true;
      }
      if (HEARTBEAT.equals(e) && f.heartbeat()) {
        return true;
      }
    }
    return false;
  }
}
