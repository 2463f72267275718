package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.ActivityTask;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Activities of one engine: which exist, and the scheduled tasks waiting for a worker's poll.
 * Thread-safe (one lock; polls are rare next to state transitions). A waiting poll ({@link
 * #await}) is a future parked here, not a thread: the next scheduled task goes straight to it.
 */
public final class ActivityRegistry {
  /** A scheduled activity task; {@code onStarted} records ActivityStarted in its execution. */
  record Scheduled(String token, JsonNode input, Consumer<String> onStarted) {}

  /** A worker's poll waiting for a task. */
  private record Poller(String workerName, CompletableFuture<Optional<ActivityTask>> future) {}

  private static final Consumer<String> ALREADY_STARTED = w -> {};

  private final Set<String> activities = new HashSet<>();
  private final Map<String, ArrayDeque<Scheduled>> queues = new HashMap<>();
  private final Map<String, ArrayDeque<Poller>> pollers = new HashMap<>();

  public synchronized void create(String arn) {
    activities.add(arn);
  }

  public synchronized boolean exists(String arn) {
    return activities.contains(arn);
  }

  void enqueue(String arn, Scheduled s) {
    Scheduled task = s;
    while (true) {
      Poller p;
      synchronized (this) {
        p = nextPoller(arn);
        if (p == null) {
          queues.computeIfAbsent(arn, k -> new ArrayDeque<>()).add(task);
          return;
        }
      }
      // ActivityStarted is posted before the worker can see the token, so it precedes any
      // callback the worker sends; a poll that timed out meanwhile passes the task on.
      task.onStarted().accept(p.workerName());
      if (p.future().complete(Optional.of(new ActivityTask(task.token(), task.input())))) {
        return;
      }
      task = new Scheduled(task.token(), task.input(), ALREADY_STARTED);
    }
  }

  private Poller nextPoller(String arn) {
    ArrayDeque<Poller> q = pollers.get(arn);
    while (q != null && !q.isEmpty()) {
      Poller p = q.poll();
      if (!p.future().isDone()) {
        return p;
      }
    }
    return null;
  }

  /**
   * A poll that waits without holding a thread: completes with the oldest scheduled task at once,
   * or with the next one scheduled. Complete the future yourself (e.g. with empty after a long-poll
   * timeout) to give up; a task is then handed to the next poll instead.
   */
  public CompletableFuture<Optional<ActivityTask>> await(String arn, String workerName) {
    CompletableFuture<Optional<ActivityTask>> f = new CompletableFuture<>();
    Scheduled s;
    synchronized (this) {
      ArrayDeque<Scheduled> q = queues.get(arn);
      s = q == null ? null : q.poll();
      if (s == null) {
        ArrayDeque<Poller> waiting = pollers.computeIfAbsent(arn, k -> new ArrayDeque<>());
        waiting.removeIf(p -> p.future().isDone()); // polls that gave up
        waiting.add(new Poller(workerName, f));
        return f;
      }
    }
    s.onStarted().accept(workerName); // outside the lock: it may run the execution on
    f.complete(Optional.of(new ActivityTask(s.token(), s.input())));
    return f;
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
