package dev.asl4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskRequest;
import dev.asl4j.interpreter.spi.TaskResolver;
import dev.asl4j.interpreter.testcase.MockTaskResolver;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code asl run --mock-all}: every Task state that the {@code --mocks} file (if any) does not
 * answer returns its effective input, or {@code {}}; a callback task's token is completed with
 * that value at once.
 */
final class MockAll implements TaskResolver {
  private final MockTaskResolver mocks;
  private final boolean empty;
  private final TaskHandler handler = TaskHandler.async(this::answer);

  /**
   * @param mocks the {@code --mocks} responses, which win, or null
   * @param mode {@code input} or {@code empty}
   */
  MockAll(MockTaskResolver mocks, String mode) throws UsageException {
    if (!mode.equals("input") && !mode.equals("empty")) {
      throw new UsageException("--mock-all=" + mode + ": expected input or empty");
    }
    this.mocks = mocks;
    this.empty = mode.equals("empty");
  }

  @Override
  public Optional<TaskHandler> resolve(String resource) {
    return Optional.of(handler);
  }

  private CompletionStage<JsonNode> answer(TaskRequest r) {
    if (mocks != null && mocks.states().contains(r.stateName())) {
      return mocks.resolve(r.resource()).orElseThrow().handleAsync(r);
    }
    JsonNode value = empty ? JsonNodeFactory.instance.objectNode() : r.input();
    boolean activity = r.resource().contains(":activity:");
    if (r.callback().isPresent() && (activity || r.resource().endsWith(".waitForTaskToken"))) {
      r.callback().get().success(value);
      // an activity worker's answer is the task's result; a callback service call submits {}
      return activity ? TaskHandler.hang() : CompletableFuture.completedFuture(JsonNodeFactory.instance.objectNode());
    }
    return CompletableFuture.completedFuture(value);
  }
}
