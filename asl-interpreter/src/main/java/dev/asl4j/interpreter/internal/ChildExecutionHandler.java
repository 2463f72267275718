package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.spi.TaskFailedException;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskRequest;

/** {@code states:startExecution.sync[:2]} against a machine loaded in the same engine. */
final class ChildExecutionHandler implements TaskHandler {
  private final EngineCore engine;
  private final TaskResource resource;

  ChildExecutionHandler(EngineCore engine, TaskResource resource) {
    this.engine = engine;
    this.resource = resource;
  }

  @Override
  public JsonNode handle(TaskRequest request) throws TaskFailedException {
    throw new TaskFailedException("States.TaskFailed", "child executions are not supported yet");
  }
}
