package dev.asl4j.interpreter.testcase;

import dev.asl4j.interpreter.ExecutionResult;

/**
 * The verdict on one {@link TestCase}.
 *
 * @param passed whether the engine's result matches AWS's
 * @param message why not (empty when passed)
 * @param result what the engine produced, or null when it could not run the case
 */
public record TestOutcome(boolean passed, String message, ExecutionResult result) {}
