package dev.asl4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.StateMachineDefinition;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One execution driven to its end on a daemon thread while the command's thread keeps the real-time
 * deadline, so {@code --timeout} holds even when a step never yields (a handler that never
 * returns, a loop) and the process can always exit.
 *
 * @param execution the started execution; null when starting it did not return in time
 * @param result how it ended; null when it had not ended by the deadline
 * @param badInput why the engine refused the input, or null
 */
record Driven(Execution execution, ExecutionResult result, IllegalArgumentException badInput) {
  static Driven start(StateMachineDefinition def, JsonNode input, Duration timeout) {
    CompletableFuture<Execution> started = new CompletableFuture<>();
    CompletableFuture<ExecutionResult> ended = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        Execution ex = def.start(input);
        started.complete(ex);
        // Virtual time: advances the clock whenever no task is in flight; real time: waits.
        ended.complete(ex.awaitResult(timeout));
      } catch (Throwable e) {
        started.completeExceptionally(e);
        ended.completeExceptionally(e);
      }
    }, "asl-run");
    t.setDaemon(true);
    t.start();
    try {
      ExecutionResult r = ended.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return new Driven(started.getNow(null), r, null);
    } catch (TimeoutException late) {
      return new Driven(started.getNow(null), null, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Driven(started.getNow(null), null, null);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      boolean wasStarted = started.isDone() && !started.isCompletedExceptionally();
      if (!wasStarted && c instanceof IllegalArgumentException) {
        return new Driven(null, null, (IllegalArgumentException) c); // the input was refused
      }
      if (wasStarted && c instanceof IllegalStateException) {
        return new Driven(started.join(), null, null); // still RUNNING after the timeout
      }
      throw c instanceof RuntimeException ? (RuntimeException) c : new IllegalStateException(c);
    }
  }
}
