package dev.asl4j.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * A started execution. Thread-safe: its history and status can be read while it runs. A waiting
 * execution (Wait state, retry back-off, task in flight, task token outstanding) holds no thread.
 *
 * <pre>{@code
 * Execution ex = definition.start(input);
 * engine.sendTaskSuccess(token, output);        // e.g. an approval arrives
 * ExecutionResult r = ex.awaitResult(Duration.ofSeconds(5));
 * }</pre>
 */
public interface Execution {
  /** The execution ARN ({@code $$.Execution.Id}). */
  String executionArn();

  /** The execution name ({@code $$.Execution.Name}). */
  String name();

  /** The execution input. */
  JsonNode input();

  /** When the execution started ({@code $$.Execution.StartTime}). */
  Instant startTime();

  /** The current status. */
  ExecutionStatus status();

  /** The result once the execution has ended. */
  Optional<ExecutionResult> result();

  /** The history so far. */
  List<HistoryEvent> history();

  /** Completes when the execution ends. */
  CompletionStage<ExecutionResult> completion();

  /**
   * Stops the execution (StopExecution): it ends ABORTED with {@code error}/{@code cause} (either
   * may be null). No effect once it has ended.
   */
  void stop(String error, String cause);

  /**
   * Waits for the end. With real time this blocks up to {@code timeout}; with virtual time it
   * advances the clock whenever nothing else can happen, so waits and timeouts pass at once.
   *
   * @throws IllegalStateException when the execution is still running after {@code timeout}
   */
  ExecutionResult awaitResult(Duration timeout);
}
