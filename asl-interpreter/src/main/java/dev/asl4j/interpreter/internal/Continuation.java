package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * What a suspended fiber waits for, as data: the small closed set of ways a state can be parked.
 * A checkpoint stores a fiber's continuation (see {@link Snapshots}) and a resumed engine rebuilds
 * the wait from it (see {@link Resume}); the two timer continuations are also what the running
 * fiber itself continues with, so the running and the resumed paths are the same code.
 */
sealed interface Continuation
    permits Continuation.AfterWait, Continuation.RetryBackoff, Continuation.AwaitingTask,
        Continuation.JoinOfBranches, Continuation.JoinOfIterations, Continuation.Rerun {

  /** A Wait state until {@code due}; then it exits with {@code output}. */
  record AfterWait(Instant due, JsonNode output) implements Continuation, Step {
    @Override
    public Outcome apply(Fiber f) {
      return f.node.done(f, output);
    }
  }

  /** A retry back-off until {@code due}; then the state runs again (no new Entered event). */
  record RetryBackoff(Instant due) implements Continuation, Step {
    @Override
    public Outcome apply(Fiber f) {
      return f.node.execute(f);
    }
  }

  /**
   * A task attempt in flight. With {@code callbackPending} the resource has accepted the call and
   * only a {@code sendTask*} with {@code token} (or a timer) ends it; otherwise the handler was
   * running and is invoked again on resume (task invocations are at-least-once).
   *
   * @param token the task token, or null
   * @param timeoutAt when TimeoutSeconds runs out, or null
   * @param heartbeatAt when HeartbeatSeconds runs out, or null
   */
  record AwaitingTask(boolean callbackPending, String token, Instant timeoutAt,
      Instant heartbeatAt) implements Continuation {}

  /**
   * A Parallel state waiting for its branches: finished branches keep their outputs.
   *
   * @param results each finished branch's output, null for those still running
   * @param running the fibers of the branches still running, null for finished ones
   */
  record JoinOfBranches(List<JsonNode> results, List<Fiber> running) implements Continuation {}

  /**
   * A Map state waiting for its iterations: finished iterations keep their results and failures
   * and are not run again.
   *
   * @param inputs every iteration's input
   * @param launched how many iterations have been started (the next index to start)
   * @param results each succeeded iteration's output, or null
   * @param failures each failed iteration's error, or null
   * @param running the fibers of the running iterations, null elsewhere
   * @param mapRunArn a Distributed Map's Map Run, or null
   * @param maxConcurrency, toleratedCount, toleratedPercentage the evaluated limits
   */
  record JoinOfIterations(List<JsonNode> inputs, int launched, List<JsonNode> results,
      List<Failure> failures, List<Fiber> running, String mapRunArn, int maxConcurrency,
      long toleratedCount, double toleratedPercentage) implements Continuation {}

  /** Outside work (an item reader, an activity, a child execution) is run again from the start. */
  record Rerun() implements Continuation {}
}
