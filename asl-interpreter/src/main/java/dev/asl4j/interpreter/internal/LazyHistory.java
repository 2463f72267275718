package dev.asl4j.interpreter.internal;

import dev.asl4j.interpreter.HistoryEvent;
import java.util.AbstractList;
import java.util.List;

/**
 * The history of a finished execution, materialized on first read: most callers of {@code run}
 * only look at the output, and building event details costs more than running the states. An
 * in-memory execution's events come from its log; a durable one's from its store.
 */
final class LazyHistory extends AbstractList<HistoryEvent> {
  private final EventLog log;
  private final Run stored;
  private volatile List<HistoryEvent> events;

  LazyHistory(EventLog log) {
    this.log = log;
    this.stored = null;
  }

  /** The history of a durable execution, read from its store. */
  LazyHistory(Run stored) {
    this.log = null;
    this.stored = stored;
  }

  private List<HistoryEvent> events() {
    List<HistoryEvent> e = events;
    if (e == null) {
      synchronized (this) {
        e = events;
        if (e == null) {
          e = List.copyOf(log != null ? log.snapshot()
              : stored.store().history(stored.executionArn(), 0, Integer.MAX_VALUE));
          events = e;
        }
      }
    }
    return e;
  }

  @Override
  public HistoryEvent get(int index) {
    return events().get(index);
  }

  @Override
  public int size() {
    return log != null ? log.keptSize() : events().size();
  }
}
