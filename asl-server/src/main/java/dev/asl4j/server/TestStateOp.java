package dev.asl4j.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.AslValidationException;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.HistoryEvent;
import dev.asl4j.interpreter.StateMachineDefinition;
import dev.asl4j.interpreter.spi.TaskFailedException;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * TestState: runs one state on its own, in virtual time, and reports its output, the state it
 * would go to and how it ended (SUCCEEDED, FAILED, CAUGHT_ERROR, RETRIABLE). The state is wrapped
 * in a one-state machine whose transition targets are pass-through stubs; {@code mock} (a result
 * or an error) answers a Task instead of its handler. Retriers are reported, not run.
 */
final class TestStateOp {
  private final Supplier<AslEngine.Builder> engines;

  /** {@code engines} makes an engine builder with the server's task handlers. */
  TestStateOp(Supplier<AslEngine.Builder> engines) {
    this.engines = engines;
  }

  ObjectNode call(Req r) {
    JsonNode def = parse(r.str("definition", MachineOps.MAX_DEFINITION), "InvalidDefinition",
        "Invalid State Machine Definition: '");
    String inputText = r.has("input") ? r.optStr("input", 262_144) : "{}";
    JsonNode input = parse(inputText, "InvalidExecutionInput", "Invalid State Machine Execution Input: '");
    String level = r.optEnum("inspectionLevel", "INFO", "INFO", "DEBUG", "TRACE");
    r.optBool("revealSecrets", false);
    String stateName = r.optStr("stateName", 80);
    JsonNode mock = r.optObject("mock");
    if (!def.isObject()) {
      throw new ApiError("InvalidDefinition", "Invalid State Machine Definition: 'the definition "
          + "must be a JSON object'");
    }
    ObjectNode state;
    String queryLanguage = null;
    if (def.has("States")) {
      String name = stateName != null ? stateName : def.path("StartAt").asText(null);
      if (name == null || !def.path("States").path(name).isObject()) {
        throw new ApiError("ValidationException", "State '" + name + "' is not in the definition");
      }
      stateName = name;
      state = (ObjectNode) def.path("States").path(name).deepCopy();
      queryLanguage = def.path("QueryLanguage").textValue();
    } else {
      state = (ObjectNode) def.deepCopy();
      stateName = stateName != null ? stateName : "TestState";
    }
    JsonNode retry = state.remove("Retry");
    ObjectNode machine = Core.object();
    if (queryLanguage != null) {
      machine.put("QueryLanguage", queryLanguage);
    }
    machine.put("StartAt", stateName);
    ObjectNode states = machine.putObject("States");
    states.set(stateName, state);
    Set<String> caught = new LinkedHashSet<>();
    for (JsonNode c : state.path("Catch")) {
      caught.add(c.path("Next").asText());
    }
    for (String target : targets(state)) {
      if (!target.equals(stateName)) {
        states.putObject(target).put("Type", "Pass").put("End", true);
      }
    }
    AslEngine.Builder b = engines.get().scheduler(new VirtualTimeScheduler());
    if (mock != null) {
      b.taskResolver(res -> Optional.of(mocked(mock)));
    }
    AslEngine engine = b.build();
    StateMachineDefinition d;
    try {
      d = engine.load(Core.text(machine), "TestState.asl.json");
    } catch (AslValidationException e) {
      throw Definitions.invalid(e.result().errors());
    }
    Execution ex = d.start(input);
    ExecutionResult res;
    try {
      res = ex.awaitResult(Duration.ofSeconds(10));
    } catch (IllegalStateException e) {
      ex.stop(null, null);
      throw new ApiError("ValidationException", "The state waits for a callback or an activity "
          + "worker; TestState runs states that finish on their own (give a mock)");
    }
    return answer(res, stateName, caught, retry, level, input);
  }

  private static ObjectNode answer(ExecutionResult res, String stateName, Set<String> caught,
      JsonNode retry, String level, JsonNode input) {
    ObjectNode out = Core.object();
    String next = null;
    for (HistoryEvent e : res.history()) {
      if (e.type().endsWith("StateEntered")) {
        String n = e.details().path("name").asText();
        if (!n.equals(stateName) || next != null) {
          next = n;
        }
      }
    }
    if (res.succeeded()) {
      out.put("output", Core.text(res.output()));
    }
    String error = res.error();
    String cause = res.cause();
    String status = res.succeeded() ? "SUCCEEDED" : "FAILED";
    if (res.succeeded() && next != null && caught.contains(next)) {
      status = "CAUGHT_ERROR";
      error = res.output().path("Error").textValue();
      cause = res.output().path("Cause").textValue();
    }
    if (!status.equals("SUCCEEDED") && error != null && retries(retry, error)) {
      status = "RETRIABLE";
    }
    out.put("status", status);
    if (next != null && !status.equals("FAILED")) {
      out.put("nextState", next);
    }
    if (error != null && !status.equals("SUCCEEDED")) {
      out.put("error", error);
    }
    if (cause != null && !status.equals("SUCCEEDED")) {
      out.put("cause", cause);
    }
    if (!level.equals("INFO")) {
      ObjectNode data = out.putObject("inspectionData");
      data.put("input", Core.text(input));
      for (HistoryEvent e : res.history()) {
        if (e.type().equals("TaskScheduled")) {
          data.put("afterParameters", e.details().path("parameters").asText());
        } else if (e.type().equals("TaskSucceeded")) {
          data.put("result", e.details().path("output").asText());
        }
      }
      if (res.succeeded()) {
        data.put("afterResultPath", Core.text(res.output()));
      }
    }
    return out;
  }

  private static boolean retries(JsonNode retry, String error) {
    if (retry == null) {
      return false;
    }
    for (JsonNode rule : retry) {
      for (JsonNode e : rule.path("ErrorEquals")) {
        if (e.asText().equals(error) || e.asText().equals("States.ALL")) {
          return rule.path("MaxAttempts").asInt(3) > 0;
        }
      }
    }
    return false;
  }

  private static Set<String> targets(JsonNode state) {
    Set<String> t = new LinkedHashSet<>();
    add(t, state.get("Next"));
    add(t, state.get("Default"));
    for (JsonNode c : state.path("Choices")) {
      add(t, c.get("Next"));
    }
    for (JsonNode c : state.path("Catch")) {
      add(t, c.get("Next"));
    }
    return t;
  }

  private static void add(Set<String> t, JsonNode n) {
    if (n != null && n.isTextual()) {
      t.add(n.textValue());
    }
  }

  private static TaskHandler mocked(JsonNode mock) {
    return request -> {
      JsonNode err = mock.get("errorOutput");
      if (err != null && err.isObject()) {
        throw new TaskFailedException(err.path("error").asText("States.TaskFailed"),
            err.path("cause").textValue());
      }
      return parse(mock.path("result").asText("{}"), "ValidationException",
          "Invalid mock result: '");
    };
  }

  private static JsonNode parse(String text, String code, String prefix) {
    try {
      JsonNode n = Core.JSON.readTree(text);
      if (n == null || n.isMissingNode()) {
        throw new ApiError(code, prefix + "No content to map due to end-of-input'");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new ApiError(code, prefix + e.getOriginalMessage() + "'");
    }
  }
}
