package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.spi.TaskFailedException;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskRequest;
import dev.asl4j.parser.model.StateMachineType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code arn:aws:states:::states:startExecution[.sync|.sync:2|.waitForTaskToken]} against a
 * machine loaded in the same engine, when no handler or resolver claims the resource: starts a
 * child execution and answers as Step Functions does (DescribeExecution's shape for {@code .sync},
 * with Input/Output as JSON text, or as JSON for {@code .sync:2}; a failed child fails the task
 * with {@code States.TaskFailed} and that description as the cause).
 */
final class ChildExecutionHandler implements TaskHandler {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final EngineCore engine;
  private final TaskResource resource;
  private final Run parent;
  private Run child;

  ChildExecutionHandler(EngineCore engine, TaskResource resource, Run parent) {
    this.engine = engine;
    this.resource = resource;
    this.parent = parent;
  }

  @Override
  public JsonNode handle(TaskRequest request) throws TaskFailedException {
    throw new UnsupportedOperationException("only handleAsync is used");
  }

  @Override
  public CompletionStage<JsonNode> handleAsync(TaskRequest request) {
    JsonNode p = request.input();
    String arn = p.path("StateMachineArn").asText(null);
    CompiledMachine m = arn == null ? null : engine.machine(arn);
    if (m == null) {
      return CompletableFuture.failedFuture(new TaskFailedException(
          "StepFunctions.StateMachineDoesNotExistException",
          "State Machine Does Not Exist: '" + arn + "'"));
    }
    String name = p.hasNonNull("Name") ? p.get("Name").asText() : engine.newUuid();
    String kind = m.type() == StateMachineType.EXPRESS ? ":express:" : ":execution:";
    RunIdentity id = new RunIdentity(m.arn().replace(":stateMachine:", kind) + ":" + name, name,
        parent.identity().roleArn(), engine.scheduler().now(), m.arn(), m.name());
    JsonNode input = input(p.get("Input"));
    child = new Run(engine, m, id, input);
    InternalFuture done = new InternalFuture();
    boolean sync = resource.pattern == TaskResource.Pattern.SYNC;
    boolean v2 = resource.resource.endsWith(":2");
    child.completion().whenComplete((r, e) -> {
      if (e != null) {
        done.completeExceptionally(e);
      } else if (!sync) {
        return;
      } else if (r.status() == ExecutionStatus.SUCCEEDED) {
        done.complete(describe(id, input, r, v2));
      } else {
        done.completeExceptionally(
            new TaskFailedException("States.TaskFailed", describe(id, input, r, false).toString()));
      }
    });
    child.start();
    if (!sync) {
      ObjectNode started = F.objectNode();
      started.put("ExecutionArn", id.executionArn());
      started.put("StartDate", id.startTime().toEpochMilli());
      return CompletableFuture.completedFuture(started);
    }
    return done;
  }

  /** Stops the child when the parent's task is aborted (AWS does this best-effort). */
  void stop() {
    if (child != null) {
      child.stop("States.Aborted", "The parent execution's task was aborted.");
    }
  }

  private static JsonNode input(JsonNode in) {
    if (in == null || in.isNull() || in.isMissingNode()) {
      return F.objectNode();
    }
    if (in.isTextual()) {
      try {
        return MAPPER.readTree(in.textValue());
      } catch (Exception e) {
        return in;
      }
    }
    return in;
  }

  private ObjectNode describe(RunIdentity id, JsonNode input, ExecutionResult r, boolean v2) {
    ObjectNode d = F.objectNode();
    if (r.status() != ExecutionStatus.SUCCEEDED) {
      if (r.cause() != null) {
        d.put("Cause", r.cause());
      }
      if (r.error() != null) {
        d.put("Error", r.error());
      }
    }
    d.put("ExecutionArn", id.executionArn());
    if (v2) {
      d.set("Input", input);
    } else {
      d.put("Input", input.toString());
    }
    d.putObject("InputDetails").put("Included", true);
    d.put("Name", id.name());
    if (r.status() == ExecutionStatus.SUCCEEDED) {
      if (v2) {
        d.set("Output", r.output());
      } else {
        d.put("Output", r.output().toString());
      }
      d.putObject("OutputDetails").put("Included", true);
      d.put("RedriveCount", 0);
      d.put("RedriveStatus", "NOT_REDRIVABLE");
      d.put("RedriveStatusReason", "Execution is SUCCEEDED and cannot be redriven");
    }
    d.put("StartDate", id.startTime().toEpochMilli());
    d.put("StateMachineArn", id.stateMachineArn());
    d.put("Status", r.status().name());
    d.put("StopDate", engine.scheduler().now().toEpochMilli());
    return d;
  }

  /** A result produced inside the engine: waiting for it must not stop virtual time. */
  static final class InternalFuture extends CompletableFuture<JsonNode> {}
}
