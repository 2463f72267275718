package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Who is told when a {@link Fiber} ends: the execution itself, a Parallel or a Map state. */
interface FiberParent {
  void childSucceeded(Fiber child, JsonNode output);

  void childFailed(Fiber child, Failure failure);
}
