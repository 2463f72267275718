package dev.asl4j.interpreter.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Time that moves only when told to: {@link #advance(Duration)} or, when an execution has nothing
 * left to run, {@link #advanceToNextTimer()} (which {@code StateMachineDefinition.run} does for
 * you). A Wait of thirty days completes in microseconds, and timers due at the same instant run in
 * the order they were scheduled, so two runs of a workflow give the same history.
 *
 * <pre>{@code
 * VirtualTimeScheduler time = new VirtualTimeScheduler(Instant.parse("2024-01-01T00:00:00Z"));
 * Execution ex = definition.start(input);   // parks on a Wait state
 * time.advance(Duration.ofDays(1));         // the Wait completes
 * }</pre>
 */
public final class VirtualTimeScheduler implements Scheduler {
  /** Where time starts unless told otherwise; fixed so histories are reproducible. */
  public static final Instant DEFAULT_START = Instant.parse("2024-01-01T00:00:00Z");

  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private Instant now;
  private long sequence;

  /** Starts at {@link #DEFAULT_START}. */
  public VirtualTimeScheduler() {
    this(DEFAULT_START);
  }

  /** Starts at {@code start}. */
  public VirtualTimeScheduler(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public Cancellable schedule(Instant at, Runnable task) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(task, "task");
    Timer timer;
    synchronized (this) {
      timer = new Timer(at, sequence++, task);
      timers.add(timer);
    }
    return timer::cancel;
  }

  @Override
  public boolean advanceToNextTimer() {
    Timer next = pollDue(null);
    if (next == null) {
      return false;
    }
    next.task.run();
    return true;
  }

  /** Moves time forward by {@code duration}, running every timer that falls due on the way. */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration (" + duration + ") must not be negative");
    }
    Instant target;
    synchronized (this) {
      target = now.plus(duration);
    }
    for (Timer t = pollDue(target); t != null; t = pollDue(target)) {
      t.task.run();
    }
    synchronized (this) {
      if (now.isBefore(target)) {
        now = target;
      }
    }
  }

  /** When the earliest live timer is due, or empty when none is pending. */
  public synchronized java.util.Optional<Instant> nextTimerAt() {
    while (!timers.isEmpty() && timers.peek().cancelled) {
      timers.poll();
    }
    return timers.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(timers.peek().at);
  }

  /** How many timers are waiting (cancelled ones excluded). */
  public synchronized int pendingTimers() {
    timers.removeIf(t -> t.cancelled);
    return timers.size();
  }

  /** Removes and returns the earliest live timer due no later than {@code limit} (any if null). */
  private synchronized Timer pollDue(Instant limit) {
    while (!timers.isEmpty()) {
      Timer head = timers.peek();
      if (head.cancelled) {
        timers.poll();
        continue;
      }
      if (limit != null && head.at.isAfter(limit)) {
        return null;
      }
      timers.poll();
      if (head.at.isAfter(now)) {
        now = head.at;
      }
      return head;
    }
    return null;
  }

  private static final class Timer implements Comparable<Timer> {
    final Instant at;
    final long seq;
    final Runnable task;
    volatile boolean cancelled;

    Timer(Instant at, long seq, Runnable task) {
      this.at = at;
      this.seq = seq;
      this.task = task;
    }

    void cancel() {
      cancelled = true;
    }

    @Override
    public int compareTo(Timer o) {
      int c = at.compareTo(o.at);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }
}
