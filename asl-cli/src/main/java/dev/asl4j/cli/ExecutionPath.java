package dev.asl4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asl4j.graph.GraphOverlay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the output of {@code asl run --history} ({@code {"status":…,"history":[…]}}) into the
 * execution overlay of {@code asl graph}: the states entered, in order, from the
 * {@code *StateEntered} events, and, when the status is {@code FAILED}, the state it failed in.
 */
final class ExecutionPath {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExecutionPath() {}

  /** The overlay for {@code text}; {@code what} names the file in messages. */
  static GraphOverlay parse(String text, String what) throws UsageException {
    JsonNode run;
    try {
      run = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UsageException(what + " is not JSON: " + e.getOriginalMessage());
    }
    if (run == null || !run.isObject()) {
      throw new UsageException(what + " is not a JSON object (expected the output of asl run --history)");
    }
    JsonNode history = run.get("history");
    if (history == null || !history.isArray()) {
      throw new UsageException(what + " has no \"history\" array: write it with asl run --history");
    }
    List<String> entered = new ArrayList<>();
    // entries not yet matched by an exit: the failed state is the latest entry still open
    Map<String, Integer> open = new HashMap<>();
    for (JsonNode event : history) {
      String type = event.path("type").asText("");
      if (type.endsWith("StateEntered")) {
        String name = event.path("stateEnteredEventDetails").path("name").asText(null);
        if (name != null) {
          entered.add(name);
          open.merge(name, 1, Integer::sum);
        }
      } else if (type.endsWith("StateExited")) {
        String name = event.path("stateExitedEventDetails").path("name").asText(null);
        if (name != null) {
          open.computeIfPresent(name, (k, n) -> n > 1 ? n - 1 : null);
        }
      }
    }
    String failed = null;
    if ("FAILED".equals(run.path("status").asText()) && !entered.isEmpty()) {
      failed = entered.get(entered.size() - 1);
      for (int i = entered.size() - 1; i >= 0; i--) {
        if (open.containsKey(entered.get(i))) {
          failed = entered.get(i);
          break;
        }
      }
    }
    return GraphOverlay.execution(entered, failed);
  }
}
