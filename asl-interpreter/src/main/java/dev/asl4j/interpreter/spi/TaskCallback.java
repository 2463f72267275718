package dev.asl4j.interpreter.spi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Completes one {@code .waitForTaskToken} task, like Step Functions' SendTaskSuccess /
 * SendTaskFailure / SendTaskHeartbeat bound to the task's token. Completions that arrive while the
 * handler is still running are applied once the task has been submitted.
 */
public interface TaskCallback {
  /** The task token this callback completes. */
  String token();

  /** Completes the task with {@code output} (SendTaskSuccess). */
  void success(JsonNode output);

  /** Fails the task (SendTaskFailure); either argument may be null. */
  void failure(String error, String cause);

  /** Resets the heartbeat clock (SendTaskHeartbeat); records no history event. */
  void heartbeat();
}
