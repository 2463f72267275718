package dev.asl4j.store.jdbc;

import dev.asl4j.interpreter.spi.Checkpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Group commit without a thread of its own: callers queue their checkpoint; whoever finds no write
 * in progress becomes the leader and writes everything queued in one transaction, while the others
 * wait for it. Under load one fsync then covers many executions' transitions.
 */
final class GroupCommit {
  /** Writes a batch in one transaction; returns one result per checkpoint (null = stored). */
  interface Writer {
    RuntimeException[] write(List<Checkpoint> batch);
  }

  private static final class Pending {
    final Checkpoint checkpoint;
    boolean done;
    RuntimeException error;

    Pending(Checkpoint c) {
      this.checkpoint = c;
    }
  }

  private final Writer writer;
  private final int maxBatch;
  private List<Pending> queue = new ArrayList<>();
  private boolean writing;

  GroupCommit(Writer writer, int maxBatch) {
    this.writer = writer;
    this.maxBatch = maxBatch;
  }

  void submit(Checkpoint c) {
    Pending me = new Pending(c);
    List<Pending> batch;
    synchronized (this) {
      queue.add(me);
      while (writing && !me.done) {
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          // Still queued: the leader will store it; this caller just stops waiting for that.
          throw new IllegalStateException("interrupted while committing", e);
        }
      }
      if (me.done) {
        rethrow(me);
        return;
      }
      writing = true;
      if (queue.size() <= maxBatch) {
        batch = queue;
        queue = new ArrayList<>();
      } else {
        batch = new ArrayList<>(queue.subList(0, maxBatch));
        queue = new ArrayList<>(queue.subList(maxBatch, queue.size()));
        if (!batch.contains(me)) { // cannot happen: the leader is the one that just queued
          batch.add(me);
          queue.remove(me);
        }
      }
    }
    RuntimeException[] results = null;
    RuntimeException whole = null;
    try {
      List<Checkpoint> cs = new ArrayList<>(batch.size());
      for (Pending p : batch) {
        cs.add(p.checkpoint);
      }
      results = writer.write(cs);
    } catch (RuntimeException e) {
      whole = e;
    } finally {
      synchronized (this) {
        for (int i = 0; i < batch.size(); i++) {
          Pending p = batch.get(i);
          p.error = whole != null ? whole : results == null ? null : results[i];
          p.done = true;
        }
        writing = false;
        notifyAll();
      }
    }
    rethrow(me);
  }

  private static void rethrow(Pending p) {
    if (p.error != null) {
      throw p.error;
    }
  }
}
