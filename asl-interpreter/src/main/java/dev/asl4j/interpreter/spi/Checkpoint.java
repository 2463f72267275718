package dev.asl4j.interpreter.spi;

import dev.asl4j.interpreter.HistoryEvent;
import java.util.List;
import java.util.Objects;

/**
 * One execution's progress since its last checkpoint, to be stored in one transaction.
 *
 * @param execution the execution as it is now
 * @param newEvents the history events recorded since the last checkpoint, in order
 * @param state the engine's snapshot of the execution (opaque JSON text) to resume it from
 * @param first whether this is the execution's first checkpoint (the row is created)
 * @param fence the fencing token of the claim this engine holds; the store refuses the checkpoint
 *     when the stored fence differs
 */
public record Checkpoint(
    StoredExecution execution, List<HistoryEvent> newEvents, String state, boolean first,
    long fence) {
  public Checkpoint {
    Objects.requireNonNull(execution, "execution");
    Objects.requireNonNull(newEvents, "newEvents");
    Objects.requireNonNull(state, "state");
  }
}
