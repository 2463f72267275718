package dev.asl4j.interpreter.spi;

import java.util.Objects;

/**
 * An unfinished execution claimed by this node: resume it from {@code state}, and send {@code
 * fence} with every later checkpoint.
 *
 * @param execution the execution
 * @param state the engine's snapshot from its last checkpoint
 * @param fence the new fencing token
 */
public record Claim(StoredExecution execution, String state, long fence) {
  public Claim {
    Objects.requireNonNull(execution, "execution");
    Objects.requireNonNull(state, "state");
  }
}
