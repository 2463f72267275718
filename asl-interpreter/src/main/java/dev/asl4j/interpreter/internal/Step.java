package dev.asl4j.interpreter.internal;

/** A continuation of a suspended state, run on the execution's driving thread. */
@FunctionalInterface
interface Step {
  Outcome apply(Fiber fiber);
}
