package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.expr.Template;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code Assign}: every expression is evaluated against the values visible at state entry, then
 * all variables are set together (so swaps work); the new values are seen from the next state on.
 */
final class Assignments {
  private Assignments() {}

  /**
   * JSONPath Assign: {@code $} is {@code dollar} (the result for Pass/Task/Map/Parallel, the
   * effective input for Choice/Wait, the Error Output in a Catcher).
   */
  static void assign(Fiber f, Template assign, JsonNode dollar) {
    if (assign == null) {
      return;
    }
    apply(f, DataFlow.template(assign, dollar, f));
  }

  /** Sets every field of {@code values} as a variable and records them for the exit event. */
  static void apply(Fiber f, JsonNode values) {
    if (values == null || !values.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      f.vars.put(e.getKey(), e.getValue());
    }
    if (values.size() > 0) {
      f.assigned = values; // AWS lists no assignedVariables for an empty Assign
    }
  }
}
