package dev.asl4j.interpreter.internal;

import dev.asl4j.interpreter.spi.Scheduler;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * An execution's live timers, so that ending the execution cancels them all (a pending task
 * timeout of a year must not outlive its execution). Timer tasks run through the mailbox.
 */
final class Timers {
  private final Run run;
  private final Scheduler scheduler;
  private Set<Ref> live;

  Timers(Run run, Scheduler scheduler) {
    this.run = run;
    this.scheduler = scheduler;
  }

  Scheduler.Cancellable schedule(Instant at, Runnable task) {
    return schedule(at, task, false);
  }

  /** {@code wait}: a Wait state or retry back-off (see {@link Scheduler#scheduleWait}). */
  Scheduler.Cancellable schedule(Instant at, Runnable task, boolean wait) {
    Ref ref = new Ref();
    if (live == null) {
      live = new HashSet<>(4); // usually one or two timers: the default table is 4x that
    }
    live.add(ref);
    ref.fire.target =
        () ->
            run.post(
                () -> {
                  if (!live.remove(ref) || run.isDone()) {
                    return;
                  }
                  task.run();
                });
    try {
      ref.handle = wait ? scheduler.scheduleWait(at, ref.fire) : scheduler.schedule(at, ref.fire);
    } catch (RuntimeException e) {
      live.remove(ref); // a closed scheduler refuses timers: nothing to cancel later
      throw e;
    }
    return ref;
  }

  void cancelAll() {
    if (live == null) {
      return;
    }
    for (Ref r : live) {
      r.fire.target = null;
      r.handle.cancel();
    }
    live.clear();
  }

  /**
   * What the scheduler holds. A scheduler may keep a cancelled timer until its time comes (the
   * virtual-time one does, and an execution's timeout is a year away); clearing the target on
   * cancel keeps such a timer from holding the whole finished execution and its history.
   */
  private static final class Fire implements Runnable {
    volatile Runnable target;

    @Override
    public void run() {
      Runnable t = target;
      if (t != null) {
        t.run();
      }
    }
  }

  private final class Ref implements Scheduler.Cancellable {
    final Fire fire = new Fire();
    Scheduler.Cancellable handle;

    @Override
    public void cancel() {
      if (live.remove(this)) {
        fire.target = null;
        handle.cancel();
      }
    }
  }
}
