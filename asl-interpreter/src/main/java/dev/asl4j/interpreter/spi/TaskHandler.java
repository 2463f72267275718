package dev.asl4j.interpreter.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Performs the work of a Task state. The engine always calls {@link #handleAsync}; the default
 * implementation runs {@link #handle} on the calling thread. Handlers that do I/O should return an
 * incomplete stage (see {@link #async}) so an in-flight task holds no engine thread.
 *
 * <p>A handler fails the task by throwing (or completing the stage with) a {@link
 * TaskFailedException} carrying the error name a {@code Catch} or {@code Retry} can match; any other
 * exception is treated as a bug in the handler and fails the task with {@code States.TaskFailed},
 * the cause being the exception's class and message (e.g. {@code
 * "java.lang.IllegalStateException: broken"}).
 *
 * <pre>{@code
 * TaskHandler charge = request -> {
 *   if (request.input().path("amount").asInt() > 100) {
 *     throw new TaskFailedException("PaymentDeclined", "over limit");
 *   }
 *   return request.input();
 * };
 * }</pre>
 *
 * <p>For {@code .waitForTaskToken} resources the returned value is what the service call
 * answered (recorded as {@code TaskSubmitted}); the task then waits for the token to be completed
 * through {@link TaskRequest#callback()} or the engine's {@code sendTask*} methods.
 */
@FunctionalInterface
public interface TaskHandler {
  /** Runs the task and returns its raw result (before ResultSelector/ResultPath). */
  JsonNode handle(TaskRequest request) throws TaskFailedException;

  /** Starts the task; the stage completes with the raw result or fails with the error. */
  default CompletionStage<JsonNode> handleAsync(TaskRequest request) {
    try {
      return CompletableFuture.completedFuture(handle(request));
    } catch (RuntimeException | TaskFailedException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * A result that never arrives: the task runs into its TimeoutSeconds/HeartbeatSeconds (or the
   * execution's timeout). Use it to test timeouts; virtual time does not wait for it.
   */
  static CompletionStage<JsonNode> hang() {
    return new Hanging();
  }

  /** Whether {@code stage} came from {@link #hang()}. */
  static boolean isHanging(CompletionStage<?> stage) {
    return stage instanceof Hanging;
  }

  /**
   * A handler whose work completes later, e.g. {@code TaskHandler.async(r ->
   * httpClient.sendAsync(...).thenApply(this::toJson))}.
   */
  static TaskHandler async(Function<TaskRequest, ? extends CompletionStage<JsonNode>> start) {
    Objects.requireNonNull(start, "start");
    return new TaskHandler() {
      @Override
      public JsonNode handle(TaskRequest request) throws TaskFailedException {
        try {
          return start.apply(request).toCompletableFuture().join();
        } catch (CompletionException e) {
          if (e.getCause() instanceof TaskFailedException) {
            throw (TaskFailedException) e.getCause();
          }
          throw e;
        }
      }

      @Override
      public CompletionStage<JsonNode> handleAsync(TaskRequest request) {
        CompletionStage<JsonNode> stage = start.apply(request);
        return stage == null
            ? CompletableFuture.failedFuture(new NullPointerException("handler returned no stage"))
            : stage;
      }
    };
  }
}
