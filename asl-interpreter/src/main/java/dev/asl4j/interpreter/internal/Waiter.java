package dev.asl4j.interpreter.internal;

import dev.asl4j.interpreter.spi.Scheduler;
import java.time.Duration;

/**
 * Lets a caller wait for an execution to end without the engine ever sleeping: with virtual time
 * the caller advances the clock whenever no outside work (an async task) is in flight; otherwise
 * it waits on a monitor that every relevant change (end, timer scheduled, task completed) signals.
 */
final class Waiter {
  private int inFlight;
  private long signals;

  synchronized void begin() {
    inFlight++;
  }

  synchronized void end() {
    inFlight--;
    signals++;
    notifyAll();
  }

  synchronized void signal() {
    signals++;
    notifyAll();
  }

  /** Drives {@code run} until it ends or {@code timeout} (null: no limit) passes. */
  void drive(Run run, Scheduler scheduler, Duration timeout) {
    long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
    while (!run.isDone()) {
      long seen;
      int flying;
      synchronized (this) {
        seen = signals;
        flying = inFlight;
      }
      if (flying == 0 && scheduler.advanceToNextTimer()) {
        continue;
      }
      synchronized (this) {
        while (signals == seen && !run.isDone()) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return;
          }
          try {
            wait(Math.max(1L, Math.min(left / 1_000_000L, Long.MAX_VALUE / 2)));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the execution", e);
          }
        }
      }
    }
  }
}
