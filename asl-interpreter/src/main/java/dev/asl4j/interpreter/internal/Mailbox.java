package dev.asl4j.interpreter.internal;

import java.util.ArrayDeque;

/**
 * Serializes everything that touches one execution's state: whoever posts while nobody is
 * draining drains (so a straight run happens on the caller's thread with no hand-off); posts made
 * meanwhile, from any thread, queue up in order. This is what makes Parallel branches and Map
 * iterations interleave deterministically.
 */
final class Mailbox {
  /** Small at first: most executions never queue more than a couple of continuations. */
  private final ArrayDeque<Runnable> queue = new ArrayDeque<>(3);
  private final Run run;
  private boolean draining;
  /** Queued runnables; read without the lock by the draining thread to decide on yielding. */
  private volatile int queued;

  Mailbox(Run run) {
    this.run = run;
  }

  /** Whether other work of this execution (another branch, an iteration) is waiting. */
  boolean hasQueued() {
    return queued > 0;
  }

  void post(Runnable r) {
    post(r, false);
  }

  /**
   * Like {@link #post(Runnable)}, but ahead of everything queued: for what ends the execution
   * (a limit reached, a stop), which must not wait behind thousands of queued iterations.
   */
  void postFirst(Runnable r) {
    post(r, true);
  }

  private void post(Runnable r, boolean first) {
    if (run.abandoned()) {
      return; // another engine advances it now, or this one closed
    }
    synchronized (this) {
      if (first) {
        queue.addFirst(r);
      } else {
        queue.add(r);
      }
      queued = queue.size();
      if (draining) {
        return;
      }
      draining = true;
    }
    for (; ; ) {
      Runnable next;
      synchronized (this) {
        next = queue.poll();
        queued = queue.size();
        if (next == null && !run.needsCheckpoint()) {
          draining = false;
          return;
        }
      }
      if (next == null) {
        // Everything queued has run: every fiber waits or has ended. Store that before anything
        // else of this execution runs (posts made meanwhile queue up and run after it).
        try {
          run.checkpoint();
        } catch (RuntimeException | Error e) {
          run.checkpointFailed(e); // a bug while writing the snapshot: stop, resume from the last
        }
        continue;
      }
      try {
        next.run();
      } catch (Throwable e) {
        try {
          run.crashed(e);
        } catch (Throwable again) { // never leave the mailbox marked as draining
        }
      }
    }
  }
}
