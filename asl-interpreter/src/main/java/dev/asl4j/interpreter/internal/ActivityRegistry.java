package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.ActivityTask;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Activities of one engine: which exist, and the scheduled tasks waiting for a worker's poll.
 * Thread-safe (one lock; polls are rare next to state transitions).
 */
public final class ActivityRegistry {
  /** A scheduled activity task; {@code onStarted} records ActivityStarted in its execution. */
  record Scheduled(String token, JsonNode input, java.util.function.Consumer<String> onStarted) {}

  private final Set<String> activities = new HashSet<>();
  private final Map<String, ArrayDeque<Scheduled>> queues = new HashMap<>();

  public synchronized void create(String arn) {
    activities.add(arn);
  }

  public synchronized boolean exists(String arn) {
    return activities.contains(arn);
  }

  synchronized void enqueue(String arn, Scheduled s) {
    queues.computeIfAbsent(arn, k -> new ArrayDeque<>()).add(s);
  }

  /** Drops a task that stopped waiting (timed out, aborted) before any worker took it. */
  synchronized void withdraw(String arn, String token) {
    ArrayDeque<Scheduled> q = queues.get(arn);
    if (q != null) {
      q.removeIf(s -> s.token().equals(token));
    }
  }

  public Optional<ActivityTask> poll(String arn, String workerName) {
    Scheduled s;
    synchronized (this) {
      ArrayDeque<Scheduled> q = queues.get(arn);
      s = q == null ? null : q.poll();
    }
    if (s == null) {
      return Optional.empty();
    }
    s.onStarted().accept(workerName);
    return Optional.of(new ActivityTask(s.token(), s.input()));
  }
}
