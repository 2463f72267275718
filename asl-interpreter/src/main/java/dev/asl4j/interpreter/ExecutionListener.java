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

  /**
   * Choice state {@code state} picked rule {@code ruleIndex} (0-based, as in its {@code Choices}
   * array), or its {@code Default} when {@code ruleIndex} is -1. AWS's history does not say which
   * rule matched; this is for coverage tools.
   */
  default void onChoice(Execution execution, String state, int ruleIndex) {}

  /** Retrier {@code retrierIndex} of {@code state} matched {@code error} and schedules a retry. */
  default void onRetry(Execution execution, String state, int retrierIndex, String error) {}

  /** Catcher {@code catcherIndex} of {@code state} caught {@code error}. */
  default void onCatch(Execution execution, String state, int catcherIndex, String error) {}
}
