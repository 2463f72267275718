package dev.asl4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.interpreter.HistoryEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * GetExecutionHistory: the engine's events in AWS's JSON shape (timestamps as epoch seconds),
 * oldest first or with {@code reverseOrder} newest first, paged, with or without execution data.
 */
final class History {
  /** AWS's history quota, and so the most a stored execution can have. */
  private static final int MAX_EVENTS = 25_000;

  private History() {}

  static ObjectNode page(Core core, Req r) {
    String arn = r.str("executionArn", 256);
    boolean reverse = r.optBool("reverseOrder", false);
    boolean data = r.optBool("includeExecutionData", true);
    r.optInt("maxResults", 0, 1000, 0);
    r.optStr("nextToken", 1024);
    ObjectNode d = ExecutionOps.find(core, arn);
    Execution ex = core.execution(d.path("executionArn").asText());
    List<HistoryEvent> events;
    if (ex != null) {
      events = new ArrayList<>(ex.history());
    } else if (core.engine.durability().isPresent()) {
      events = new ArrayList<>(core.engine.durability().get()
          .history(d.path("executionArn").asText(), 0, MAX_EVENTS));
    } else {
      throw ApiError.executionDoesNotExist(d.path("executionArn").asText());
    }
    if (reverse) {
      Collections.reverse(events);
    }
    return Pages.page(r, "GetExecutionHistory " + d.path("executionArn").asText() + " " + reverse,
        events, "events", e -> render(e, data), Core.object());
  }

  static ObjectNode render(HistoryEvent e, boolean data) {
    // toJson shares the engine's details object: copy before removing anything
    ObjectNode o = data ? e.toJson() : e.toJson().deepCopy();
    Core.putDate(o, "timestamp", e.timestamp());
    if (!data) {
      for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) {
        JsonNode v = it.next();
        if (v.isObject()) {
          ((ObjectNode) v).remove(List.of("input", "output"));
        }
      }
    }
    return o;
  }
}
