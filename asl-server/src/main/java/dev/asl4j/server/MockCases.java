package dev.asl4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.spi.TaskFailedException;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskRequest;
import dev.asl4j.interpreter.spi.TaskResolver;
import dev.asl4j.interpreter.testcase.MockTaskResolver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Step Functions Local's {@code MockConfigFile.json} drop-in: an execution started on {@code
 * stateMachineArn#TestCaseName} answers the states its test case lists from their mocked
 * responses (each execution walks its own copy of the responses); its other tasks, and every task
 * of executions started without a test case, go to the server's task resolvers.
 */
final class MockCases implements TaskResolver {
  private final JsonNode config;
  private final List<TaskResolver> fallback;
  private final Map<String, Active> byExecution = new ConcurrentHashMap<>();
  private final TaskHandler handler = TaskHandler.async(this::answer);

  private record Active(JsonNode testCase, MockTaskResolver responses) {}

  /** {@code config} may be null: no mocks. */
  MockCases(JsonNode config, List<TaskResolver> fallback) {
    this.config = config;
    this.fallback = List.copyOf(fallback);
  }

  boolean enabled() {
    return config != null;
  }

  /** Checks that {@code testCase} of machine {@code machineName} exists; ValidationException. */
  JsonNode testCase(String machineName, String testCase) {
    if (config == null) {
      throw new ApiError("ValidationException", "Test case '" + testCase
          + "' requested, but the server was started without a mock config file (--mocks)");
    }
    JsonNode cases = config.path("StateMachines").path(machineName).path("TestCases");
    if (!cases.has(testCase)) {
      throw new ApiError("ValidationException", "The mock config file has no test case '"
          + testCase + "' for state machine '" + machineName + "'");
    }
    return cases.get(testCase);
  }

  void begin(String executionArn, String machineName, String testCase) {
    JsonNode tc = testCase(machineName, testCase);
    byExecution.put(executionArn,
        new Active(tc, MockTaskResolver.fromMockConfig(config, machineName, testCase)));
  }

  void end(String executionArn) {
    byExecution.remove(executionArn);
  }

  @Override
  public Optional<TaskHandler> resolve(String resource) {
    if (config == null || resource.contains(":activity:")
        || resource.startsWith("arn:aws:states:::states:startExecution")) {
      return Optional.empty(); // activities and nested executions stay with the engine
    }
    return Optional.of(handler);
  }

  private CompletionStage<JsonNode> answer(TaskRequest r) {
    String execution = r.context().path("Execution").path("Id").asText();
    Active a = byExecution.get(execution);
    if (a != null && a.testCase().has(r.stateName())) {
      return a.responses().resolve(r.resource()).orElseThrow().handleAsync(r);
    }
    for (TaskResolver f : fallback) {
      Optional<TaskHandler> h = f.resolve(r.resource());
      if (h.isPresent()) {
        return h.get().handleAsync(r);
      }
    }
    return CompletableFuture.failedFuture(new TaskFailedException("States.TaskFailed",
        "No mocked response for state '" + r.stateName() + "' and no handler for the resource '"
            + r.resource() + "'"));
  }
}
