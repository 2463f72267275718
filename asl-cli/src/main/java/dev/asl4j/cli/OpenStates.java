package dev.asl4j.cli;

import dev.asl4j.interpreter.HistoryEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The states an unfinished execution is in, read from its history (entered, not yet exited). */
final class OpenStates {
  private OpenStates() {}

  /**
   * Names of the entered-but-not-exited states, innermost last, each once; a Map or Parallel
   * state comes before the states running inside it.
   */
  static List<String> of(List<HistoryEvent> history) {
    List<String> open = new ArrayList<>();
    for (HistoryEvent e : history) {
      String name = e.details().path("name").asText(null);
      if (name == null) {
        continue;
      }
      if (e.type().endsWith("StateEntered")) {
        open.add(name);
      } else if (e.type().endsWith("StateExited")) {
        int i = open.lastIndexOf(name);
        if (i >= 0) {
          open.remove(i);
        }
      }
    }
    Set<String> distinct = new LinkedHashSet<>(open);
    return List.copyOf(distinct);
  }

  /** {@code 'A' (inside 'M')}, or {@code an unknown state} when the history shows none. */
  static String describe(List<HistoryEvent> history) {
    List<String> open = of(history);
    if (open.isEmpty()) {
      return "an unknown state";
    }
    String inner = "'" + open.get(open.size() - 1) + "'";
    if (open.size() == 1) {
      return "state " + inner;
    }
    List<String> outer = new ArrayList<>();
    for (String s : open.subList(0, open.size() - 1)) {
      outer.add("'" + s + "'");
    }
    return "state " + inner + " (inside " + String.join(" > ", outer) + ")";
  }
}
