package dev.asl4j.interpreter;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.internal.EventType;
import java.time.Instant;
import java.util.Objects;

/**
 * One execution history event, as GetExecutionHistory returns it: AWS's type names, sequential
 * ids from 1, the id of the event that caused this one, and the type's details ({@code input},
 * {@code output}, {@code parameters} are JSON text, as in AWS).
 *
 * <pre>{@code
 * for (HistoryEvent e : execution.history()) System.out.println(e.toJson());
 * }</pre>
 *
 * @param id the event id (1-based)
 * @param previousEventId the id of the preceding related event, 0 for none
 * @param timestamp when the event happened
 * @param type the event type, e.g. {@code TaskStateEntered}
 * @param details the type's detail fields; empty for types without details
 */
public record HistoryEvent(
    long id, long previousEventId, Instant timestamp, String type, ObjectNode details) {
  public HistoryEvent {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(details, "details");
  }

  /**
   * AWS's JSON shape: {@code {timestamp, type, id, previousEventId, <type>EventDetails}} (the
   * details object is left out for types that have none, e.g. {@code LambdaFunctionStarted}).
   */
  public ObjectNode toJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("timestamp", timestamp.toString());
    o.put("type", type);
    o.put("id", id);
    o.put("previousEventId", previousEventId);
    String key = EventType.detailsKeyOf(type);
    if (key != null) {
      o.set(key, details);
    }
    return o;
  }
}
