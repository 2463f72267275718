package dev.asl4j.interpreter;

/**
 * Observes executions as they run, e.g. for logging or metrics. Called on the execution's driving
 * thread, in event order; keep it quick and do not block. A listener makes the engine build every
 * event's details as it happens instead of on demand.
 *
 * <pre>{@code
 * AslEngine.builder().listener((execution, event) ->
 *     log.info("{} {}", execution.name(), event.type()));
 * }</pre>
 */
@FunctionalInterface
public interface ExecutionListener {
  /** {@code event} was just recorded in {@code execution}'s history. */
  void onEvent(Execution execution, HistoryEvent event);

  /** {@code execution} ended with {@code result}. */
  default void onEnd(Execution execution, ExecutionResult result) {}
}
