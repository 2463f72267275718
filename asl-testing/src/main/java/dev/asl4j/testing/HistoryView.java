package dev.asl4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.HistoryEvent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Answers the test's questions from an execution's history events. */
final class HistoryView {
  private final List<HistoryEvent> events;

  HistoryView(List<HistoryEvent> events) {
    this.events = events;
  }

  /** Names of the states entered, in order, with repeats. */
  List<String> visitedStates() {
    List<String> out = new ArrayList<>();
    for (HistoryEvent e : events) {
      if (e.type().endsWith("StateEntered")) {
        out.add(e.details().path("name").asText());
      }
    }
    return out;
  }

  /** Event types in order. */
  List<String> types() {
    List<String> out = new ArrayList<>(events.size());
    events.forEach(e -> out.add(e.type()));
    return out;
  }

  /**
   * The {@code field} ("input" of StateEntered, "output" of StateExited) of the {@code
   * occurrence}-th (0-based; -1 for the last) time {@code state} was entered/exited; null if none.
   */
  JsonNode statePayload(String state, String suffix, String field, int occurrence) {
    List<HistoryEvent> hits = new ArrayList<>();
    for (HistoryEvent e : events) {
      if (e.type().endsWith(suffix) && state.equals(e.details().path("name").asText(null))) {
        hits.add(e);
      }
    }
    int i = occurrence < 0 ? hits.size() + occurrence : occurrence;
    if (i < 0 || i >= hits.size()) {
      return null;
    }
    return Json.parseOrNull(hits.get(i).details().path(field).asText(null));
  }

  /** How often the task of {@code state} was scheduled (first attempt and every retry). */
  int attempts(String state) {
    int n = 0;
    for (HistoryEvent e : events) {
      String t = e.type();
      if ((t.equals("TaskScheduled") || t.equals("LambdaFunctionScheduled")
              || t.equals("ActivityScheduled"))
          && state.equals(enclosingState(e))) {
        n++;
      }
    }
    return n;
  }

  /** Walks the previousEventId chain back to the StateEntered event the event belongs to. */
  private String enclosingState(HistoryEvent e) {
    HistoryEvent cur = e;
    for (int guard = 0; guard < events.size() && cur != null; guard++) {
      if (cur.type().endsWith("StateEntered")) {
        return cur.details().path("name").asText(null);
      }
      cur = byId(cur.previousEventId());
    }
    return null;
  }

  private HistoryEvent byId(long id) {
    if (id >= 1 && id <= events.size() && events.get((int) id - 1).id() == id) {
      return events.get((int) id - 1);
    }
    for (HistoryEvent e : events) {
      if (e.id() == id) {
        return e;
      }
    }
    return null;
  }

  /** Every variable assigned, folded in history order (later assignments win; scopes merged). */
  ObjectNode variables() {
    ObjectNode vars = JsonNodeFactory.instance.objectNode();
    for (HistoryEvent e : events) {
      JsonNode assigned = e.details().get("assignedVariables");
      if (assigned == null || !assigned.isObject()) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = assigned.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> v = it.next();
        JsonNode value = Json.parseOrNull(v.getValue().asText(null));
        vars.set(v.getKey(), value == null ? v.getValue() : value);
      }
    }
    return vars;
  }
}
