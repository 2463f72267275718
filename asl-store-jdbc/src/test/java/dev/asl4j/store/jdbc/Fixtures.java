package dev.asl4j.store.jdbc;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.HistoryEvent;
import dev.asl4j.interpreter.spi.Checkpoint;
import dev.asl4j.interpreter.spi.StoredExecution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Checkpoints for store tests. */
final class Fixtures {
  static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:m";

  private Fixtures() {}

  static StoredExecution execution(String name, ExecutionStatus status, long events, int second) {
    Instant start = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(second);
    return new StoredExecution(MACHINE.replace("stateMachine", "execution") + ":" + name, name,
        MACHINE, "def-1", status, start, status.isTerminal() ? start.plusSeconds(1) : null,
        "{}", status == ExecutionStatus.SUCCEEDED ? "{\"ok\":1}" : null, null, null, events, 0);
  }

  static List<HistoryEvent> events(long from, long to) {
    List<HistoryEvent> out = new ArrayList<>();
    for (long id = from; id <= to; id++) {
      out.add(new HistoryEvent(id, id - 1, Instant.parse("2026-01-01T00:00:00.123456789Z"),
          id == 1 ? "ExecutionStarted" : "PassStateEntered",
          JsonNodeFactory.instance.objectNode().put("name", "S" + id)));
    }
    return out;
  }

  static Checkpoint first(String name, int second) {
    return new Checkpoint(execution(name, ExecutionStatus.RUNNING, 2, second), events(1, 2),
        "{\"s\":1}", true, 1);
  }
}
