package dev.asl4j.interpreter.spi;

import java.time.Instant;
import java.time.InstantSource;

/**
 * The engine's only source of time and timers: Wait states, retry back-off, task timeouts and
 * machine timeouts are all timers here, so a waiting execution holds no thread. Use {@link
 * RealTimeScheduler} to run workflows for real and {@link VirtualTimeScheduler} in tests.
 *
 * <pre>{@code
 * VirtualTimeScheduler time = new VirtualTimeScheduler();
 * AslEngine engine = AslEngine.builder().scheduler(time).build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe. A timer's task may run on any thread.
 */
public interface Scheduler extends InstantSource {
  /** The current instant. */
  Instant now();

  /** Same as {@link #now()}: a scheduler is the engine's clock. */
  @Override
  default Instant instant() {
    return now();
  }

  /** Runs {@code task} once at {@code at} (or as soon as possible when it is in the past). */
  Cancellable schedule(Instant at, Runnable task);

  /**
   * Like {@link #schedule}, for a timer that ends a wait the definition asks for (a Wait state, a
   * retry back-off) rather than a timeout; a scheduler may run those faster, as {@code asl
   * serve --wait-time-scale} does. The default is {@link #schedule}.
   */
  default Cancellable scheduleWait(Instant at, Runnable task) {
    return schedule(at, task);
  }

  /**
   * For schedulers that own the clock: moves time to the earliest pending timer, runs it on the
   * calling thread and returns true; returns false when no timer is pending. Real-time schedulers
   * return false: time passes by itself.
   */
  default boolean advanceToNextTimer() {
    return false;
  }

  /** A scheduled timer. */
  @FunctionalInterface
  interface Cancellable {
    /** Stops the timer if it has not run yet; harmless afterwards. */
    void cancel();
  }
}
