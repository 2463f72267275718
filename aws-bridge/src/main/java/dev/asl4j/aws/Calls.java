package dev.asl4j.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.spi.TaskFailedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Runs one blocking SDK call off the engine's threads. The SDK's synchronous clients (on the small
 * JDK URLConnection HTTP client) block their caller, so each call runs on the resolver's executor
 * and the task waits on the returned stage, holding no engine thread.
 */
final class Calls {
  private Calls() {}

  /** A call that may fail with a mapped error; any exception passes through {@code errors}. */
  interface Call {
    JsonNode run() throws Exception;
  }

  static CompletionStage<JsonNode> async(
      Executor executor, Call call, Function<Throwable, TaskFailedException> errors) {
    CompletableFuture<JsonNode> cf = new CompletableFuture<>();
    try {
      executor.execute(() -> {
        try {
          cf.complete(call.run());
        } catch (Throwable t) { // every failure becomes an ASL error; none escapes the pool
          cf.completeExceptionally(errors.apply(t));
        }
      });
    } catch (RuntimeException rejected) { // executor shut down or saturated
      cf.completeExceptionally(new TaskFailedException("States.TaskFailed",
          "the AWS call could not be started: " + rejected));
    }
    return cf;
  }

  static TaskFailedException asTaskFailure(Throwable t) {
    Throwable e = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    return e instanceof TaskFailedException ? (TaskFailedException) e : null;
  }
}
