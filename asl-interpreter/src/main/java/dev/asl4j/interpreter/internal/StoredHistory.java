package dev.asl4j.interpreter.internal;

import dev.asl4j.interpreter.HistoryEvent;
import java.util.AbstractList;
import java.util.List;

/** The history of an ended durable execution, read from its store on first use. */
final class StoredHistory extends AbstractList<HistoryEvent> {
  private final Run run;
  private volatile List<HistoryEvent> events;

  StoredHistory(Run run) {
    this.run = run;
  }

  private List<HistoryEvent> events() {
    List<HistoryEvent> e = events;
    if (e == null) {
      synchronized (this) {
        e = events;
        if (e == null) {
          e = List.copyOf(run.store().history(run.executionArn(), 0, Integer.MAX_VALUE));
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
    return events().size();
  }
}
