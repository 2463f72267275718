package dev.asl4j.interpreter.spi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Wall-clock time: one daemon thread keeps the timers and hands due tasks to an executor
 * ({@link ForkJoinPool#commonPool()} by default), so a slow task never delays other timers.
 *
 * <pre>{@code
 * try (RealTimeScheduler time = new RealTimeScheduler()) {
 *   AslEngine engine = AslEngine.builder().scheduler(time).build();
 *   ...
 * }
 * }</pre>
 */
public final class RealTimeScheduler implements Scheduler, AutoCloseable {
  private final InstantSource clock;
  private final Executor executor;
  private final ScheduledExecutorService timers;

  /** The system UTC clock, running due tasks on the common pool. */
  public RealTimeScheduler() {
    this(Clock.systemUTC(), ForkJoinPool.commonPool());
  }

  /** A scheduler reading {@code clock} and running due tasks on {@code executor}. */
  public RealTimeScheduler(InstantSource clock, Executor executor) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.executor = Objects.requireNonNull(executor, "executor");
    ScheduledThreadPoolExecutor pool =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "asl4j-timers");
              t.setDaemon(true);
              return t;
            });
    // Cancelled task timeouts are common (most tasks finish early): drop them at once.
    pool.setRemoveOnCancelPolicy(true);
    this.timers = pool;
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public Cancellable schedule(Instant at, Runnable task) {
    Objects.requireNonNull(task, "task");
    long delayMillis = Math.max(0, Duration.between(clock.instant(), at).toMillis());
    ScheduledFuture<?> f =
        timers.schedule(() -> executor.execute(task), delayMillis, TimeUnit.MILLISECONDS);
    return () -> f.cancel(false);
  }

  /** Stops the timer thread; pending timers never run. */
  @Override
  public void close() {
    timers.shutdownNow();
  }
}
