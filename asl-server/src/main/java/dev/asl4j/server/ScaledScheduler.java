package dev.asl4j.server;

import dev.asl4j.interpreter.spi.Scheduler;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code --wait-time-scale}: wall-clock time whose waits (Wait states, retry back-offs) fire after
 * {@code scale} times their delay, as Step Functions Local's {@code WAIT_TIME_SCALE}; 0 makes them
 * fire at once. Timeouts (task, heartbeat, execution) and the clock itself are not scaled, so a
 * callback still has its full TimeoutSeconds.
 */
final class ScaledScheduler implements Scheduler {
  private final Scheduler real;
  private final double scale;

  ScaledScheduler(Scheduler real, double scale) {
    if (!(scale >= 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("wait time scale (" + scale + ") must be 0 or more");
    }
    this.real = real;
    this.scale = scale;
  }

  @Override
  public Instant now() {
    return real.now();
  }

  @Override
  public Cancellable schedule(Instant at, Runnable task) {
    return real.schedule(at, task);
  }

  @Override
  public Cancellable scheduleWait(Instant at, Runnable task) {
    Instant now = real.now();
    long nanos = Math.max(0, Duration.between(now, at).toNanos());
    return real.schedule(now.plusNanos((long) (nanos * scale)), task);
  }
}
