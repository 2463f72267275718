package dev.asl4j.interpreter.internal;

import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.spi.ExecutionStore;

/**
 * The part of a {@link Run} that only durable executions have: where it is stored, the claim's
 * fence, what has been committed, and the result waiting for its commit before it is published.
 * Touched on the driving thread only.
 */
final class Durable {
  final ExecutionStore store;
  final long fence;
  /** Whether the store has no row for the execution yet. */
  boolean first;
  /** Something changed since the last checkpoint. */
  boolean dirty;
  /** The input as JSON text, written once. */
  String inputText;
  /** The ended execution's result, published once its last checkpoint is stored. */
  ExecutionResult ending;
  int redriveCount;

  Durable(ExecutionStore store, long fence, boolean first) {
    this.store = store;
    this.fence = fence;
    this.first = first;
  }
}
