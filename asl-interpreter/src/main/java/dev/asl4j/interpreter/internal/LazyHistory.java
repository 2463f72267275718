package dev.asl4j.interpreter.internal;

import dev.asl4j.interpreter.HistoryEvent;
import java.util.AbstractList;
import java.util.List;

/**
 * The history of a finished execution, materialized on first read: most callers of {@code run}
 * only look at the output, and building event details costs more than running the states.
 */
final class LazyHistory extends AbstractList<HistoryEvent> {
  private final EventLog log;
  private volatile List<HistoryEvent> events;

  LazyHistory(EventLog log) {
    this.log = log;
  }

  private List<HistoryEvent> events() {
    List<HistoryEvent> e = events;
    if (e == null) {
      synchronized (this) {
        e = events;
        if (e == null) {
          e = List.copyOf(log.snapshot());
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
    return log.keptSize();
  }
}
