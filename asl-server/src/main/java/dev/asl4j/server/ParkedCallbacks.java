package dev.asl4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last resolver of the server: a {@code .waitForTaskToken} task nobody else handles is
 * submitted at once and parks on its token, which the console lists (and the history shows where
 * the definition passes {@code $$.Task.Token} on) until SendTaskSuccess/Failure completes it.
 * At most {@code max} tokens are listed; the oldest are forgotten first (the tasks still wait).
 */
final class ParkedCallbacks implements TaskResolver {
  /** One waiting task. */
  record Parked(String token, String executionArn, String stateName, String input) {}

  private final Map<String, Parked> parked = new ConcurrentHashMap<>();
  private final int max;
  private AslEngine engine;

  private final TaskHandler handler = TaskHandler.async(this::park);

  ParkedCallbacks(int max) {
    this.max = max;
  }

  private java.util.concurrent.CompletionStage<JsonNode> park(
      dev.asl4j.interpreter.spi.TaskRequest r) {
    String token = r.taskToken().orElse(null);
    if (token != null) {
      if (parked.size() >= max) {
        prune();
      }
      if (parked.size() < max) {
        parked.put(token, new Parked(token, r.context().path("Execution").path("Id").asText(),
            r.stateName(), Core.text(r.input())));
      }
    }
    return CompletableFuture.completedFuture(Core.object());
  }

  void bind(AslEngine engine) {
    this.engine = engine;
  }

  @Override
  public Optional<TaskHandler> resolve(String resource) {
    return resource.endsWith(".waitForTaskToken") ? Optional.of(handler) : Optional.empty();
  }

  /** The tokens still outstanding for {@code executionArn} (every execution when null). */
  List<ObjectNode> pending(String executionArn) {
    prune();
    List<ObjectNode> out = new ArrayList<>();
    for (Parked p : parked.values()) {
      if (executionArn == null || executionArn.equals(p.executionArn())) {
        ObjectNode o = Core.object();
        o.put("taskToken", p.token());
        o.put("executionArn", p.executionArn());
        o.put("stateName", p.stateName());
        o.put("input", p.input());
        out.add(o);
      }
    }
    return out;
  }

  private void prune() {
    if (engine != null) {
      parked.keySet().removeIf(t -> !engine.isTaskTokenOutstanding(t));
    }
  }
}
