package dev.asl4j.interpreter.internal;

/**
 * What one step of a state returns to the executor loop. Values live in the {@link Fiber}
 * ({@code output}, {@code next}, {@code error}) so a step allocates nothing to say where to go.
 */
enum Outcome {
  /** Go to {@code fiber.next} with {@code fiber.output}. */
  NEXT,
  /** The branch ends with {@code fiber.output}. */
  END,
  /** The state failed with {@code fiber.error}; Retry/Catch apply. */
  FAIL,
  /** The state is waiting (timer, task, children); a continuation will resume the fiber. */
  SUSPEND
}
