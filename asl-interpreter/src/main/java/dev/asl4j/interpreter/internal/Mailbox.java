package dev.asl4j.interpreter.internal;

import java.util.ArrayDeque;

/**
 * Serializes everything that touches one execution's state: whoever posts while nobody is
 * draining drains (so a straight run happens on the caller's thread with no hand-off); posts made
 * meanwhile, from any thread, queue up in order. This is what makes Parallel branches and Map
 * iterations interleave deterministically.
 */
final class Mailbox {
  private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
  private final Run run;
  private boolean draining;

  Mailbox(Run run) {
    this.run = run;
  }

  void post(Runnable r) {
    synchronized (this) {
      queue.add(r);
      if (draining) {
        return;
      }
      draining = true;
    }
    for (; ; ) {
      Runnable next;
      synchronized (this) {
        next = queue.poll();
        if (next == null) {
          draining = false;
          return;
        }
      }
      try {
        next.run();
      } catch (RuntimeException | Error e) {
        run.crashed(e);
      }
    }
  }
}
