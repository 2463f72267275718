package dev.asl4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.spi.TaskFailedException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The manifest's task behaviours as in-code handlers: {@code return} a value, {@code throw} an
 * error, or fail {@code failTimes} attempts and then return {@code thenReturn}. The attempt number
 * comes from the request ({@code $$.State.RetryCount}), so handlers keep no per-execution state.
 */
final class ScriptedTasks {
  /** Handler calls since the last {@link #reset}. */
  final AtomicLong invocations = new AtomicLong();

  /** Registers one handler per Task state named in {@code scenario}'s {@code tasks}. */
  void register(Scenario scenario, AslEngine.Builder builder) {
    JsonNode states = Scenario.parse(scenario.definitionText()).path("States");
    Iterator<Map.Entry<String, JsonNode>> it = scenario.spec().path("tasks").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String resource = states.path(e.getKey()).path("Resource").asText(null);
      if (resource == null) {
        throw new IllegalStateException(scenario.name() + ": no Task state " + e.getKey());
      }
      JsonNode b = e.getValue();
      int failTimes = b.path("failTimes").asInt(b.has("throw") && !b.has("thenReturn") ? Integer.MAX_VALUE : 0);
      JsonNode value = b.has("thenReturn") ? b.get("thenReturn") : b.get("return");
      String error = b.path("throw").path("error").asText(null);
      String cause = b.path("throw").path("cause").asText(null);
      builder.taskHandler(resource, request -> {
        invocations.incrementAndGet();
        if (error != null && request.attempt() < failTimes) {
          throw new TaskFailedException(error, cause);
        }
        return value;
      });
    }
  }

  void reset() {
    invocations.set(0);
  }
}
