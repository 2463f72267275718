package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.TaskTokenException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Outstanding task tokens of every execution of an engine, and AWS's answers to callbacks: {@code
 * InvalidToken} for text this engine never issues, {@code TaskTimedOut} for tokens whose task
 * timed out, {@code TaskDoesNotExist} for anything else unknown (completed, aborted...).
 */
public final class TokenRegistry {
  /** Every token this engine issues starts with this. */
  static final String PREFIX = "AAAAKgAAAAIAAAAAAAAAA";

  private static final int REMEMBERED_TIMEOUTS = 10_000;

  /** What a waiting task does with a callback; called from any thread. */
  interface Waiter {
    void success(JsonNode output);

    void failure(String error, String cause);

    void heartbeat();
  }

  private final Map<String, Waiter> waiting = new ConcurrentHashMap<>();
  private final Map<String, Boolean> timedOut =
      new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > REMEMBERED_TIMEOUTS;
        }
      };

  static String newToken(String uuid) {
    return PREFIX + uuid.replace("-", "");
  }

  void register(String token, Waiter w) {
    waiting.put(token, w);
  }

  /** The task stopped waiting (completed, aborted, execution ended). */
  void release(String token) {
    waiting.remove(token);
  }

  /**
   * The task's timer ran out: unless a callback has already claimed the token, forget it so that
   * later callbacks answer {@code TaskTimedOut}, and return true. Returns false when a callback won
   * the race: its caller was told the completion was accepted, so the timeout must not win.
   */
  boolean expire(String token, Waiter w) {
    if (!waiting.remove(token, w)) {
      return false;
    }
    synchronized (timedOut) {
      timedOut.put(token, Boolean.TRUE);
    }
    return true;
  }

  /** Whether a task is waiting on {@code token}. */
  public boolean isWaiting(String token) {
    return token != null && waiting.containsKey(token);
  }

  public void success(String token, JsonNode output) {
    Waiter w = take(token);
    w.success(output);
  }

  public void failure(String token, String error, String cause) {
    Waiter w = take(token);
    w.failure(error, cause);
  }

  public void heartbeat(String token) {
    lookup(token).heartbeat();
  }

  private Waiter take(String token) {
    Waiter w = lookup(token);
    if (waiting.remove(token, w)) {
      return w;
    }
    throw new TaskTokenException(TaskTokenException.TASK_DOES_NOT_EXIST, "Task does not exist");
  }

  private Waiter lookup(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      throw new TaskTokenException(TaskTokenException.INVALID_TOKEN, "Invalid token");
    }
    Waiter w = waiting.get(token);
    if (w != null) {
      return w;
    }
    boolean expired;
    synchronized (timedOut) {
      expired = timedOut.containsKey(token);
    }
    if (expired) {
      throw new TaskTokenException(TaskTokenException.TASK_TIMED_OUT, "Task Timed Out");
    }
    throw new TaskTokenException(TaskTokenException.TASK_DOES_NOT_EXIST, "Task does not exist");
  }
}
