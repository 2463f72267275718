package dev.asl4j.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * How an execution ended.
 *
 * <pre>{@code
 * ExecutionResult r = definition.run(input);
 * if (r.status() == ExecutionStatus.FAILED) log.warn("{}: {}", r.error(), r.cause());
 * }</pre>
 *
 * @param status the final status (never RUNNING)
 * @param output the execution output when SUCCEEDED, else null
 * @param error the error name when FAILED/TIMED_OUT/ABORTED, null when AWS reports none
 * @param cause the cause text, null when AWS reports none
 * @param history every history event, in order
 */
public record ExecutionResult(
    ExecutionStatus status, JsonNode output, String error, String cause, List<HistoryEvent> history) {
  public ExecutionResult {
    Objects.requireNonNull(status, "status");
    // Not copied: the engine passes a list that builds the events only when first read.
    Objects.requireNonNull(history, "history");
  }

  /** Whether the execution succeeded. */
  public boolean succeeded() {
    return status == ExecutionStatus.SUCCEEDED;
  }
}
