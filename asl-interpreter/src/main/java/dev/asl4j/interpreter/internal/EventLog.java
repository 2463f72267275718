package dev.asl4j.interpreter.internal;

import dev.asl4j.interpreter.HistoryEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The history of one execution: appended by the execution's single driving thread, readable from
 * any thread. Appending never copies (events live in fixed-size chunks) and publishes through one
 * volatile count, so readers see only fully written events.
 */
final class EventLog {
  private static final int CHUNK = 64;
  /** The first chunk starts this small and doubles up to {@link #CHUNK}: short runs stay small. */
  private static final int FIRST = 8;

  private Ev[][] chunks = new Ev[4][];
  private volatile int size;
  /** False: only count (ids stay right, the history limit still applies), keep nothing. */
  private final boolean keep;
  /** Events 1..base are not held here (a durable execution's store has them). */
  private final int base;

  /** A log that keeps its events. */
  EventLog() {
    this(true);
  }

  EventLog(boolean keep) {
    this(keep, 0);
  }

  /** A log whose first {@code base} events live elsewhere; the next event gets id base + 1. */
  EventLog(boolean keep, int base) {
    this.keep = keep;
    this.base = base;
    this.size = base;
  }

  /** How many events are held elsewhere. */
  int base() {
    return base;
  }

  /** Appends {@code e} (details already filled in), giving it the next id; returns the id. */
  long add(Ev e) {
    int n = size;
    if (!keep) {
      e.id = n + 1;
      size = n + 1;
      return e.id;
    }
    int k = n - base;
    int c = k / CHUNK;
    if (c == chunks.length) {
      Ev[][] grown = new Ev[chunks.length * 2][];
      System.arraycopy(chunks, 0, grown, 0, chunks.length);
      chunks = grown;
    }
    if (chunks[c] == null) {
      chunks[c] = new Ev[c == 0 ? FIRST : CHUNK];
    } else if (c == 0 && k == chunks[0].length) {
      // Readers that loaded the old array saw only events published before this copy.
      chunks[0] = java.util.Arrays.copyOf(chunks[0], k * 2);
    }
    e.id = n + 1;
    chunks[c][k % CHUNK] = e;
    size = n + 1;
    return e.id;
  }

  /** How many events were recorded. */
  int size() {
    return size;
  }

  /** How many events can be read back: all of them, or none when the log keeps nothing. */
  int keptSize() {
    return keep ? size - base : 0;
  }

  /** One event as the API shows it (details built now). */
  static HistoryEvent materialize(Ev e) {
    return new HistoryEvent(e.id, e.prev, e.time(), e.type.awsName(), EventDetails.of(e));
  }

  /** Materialized events (details built now). */
  List<HistoryEvent> snapshot() {
    if (!keep) {
      return List.of();
    }
    int n = size - base;
    Ev[][] cs = chunks;
    List<HistoryEvent> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Ev e = cs[i / CHUNK][i % CHUNK];
      out.add(materialize(e));
    }
    return out;
  }
}
