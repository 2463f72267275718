package dev.asl4j.interpreter.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link TaskHandler} is asked to do.
 *
 * @param stateName the Task state's name
 * @param resource the {@code Resource} ARN as written
 * @param input the effective input: the state input after InputPath and Parameters (JSONPath) or
 *     Arguments (JSONata)
 * @param taskToken the task token ({@code $$.Task.Token}): issued for {@code .waitForTaskToken}
 *     resources, and, as AWS does, for {@code .sync} resources and activities
 * @param attempt 0 for the first attempt, then 1, 2... for retries ({@code $$.State.RetryCount})
 * @param context the Context object as the state sees it
 * @param timeout {@code TimeoutSeconds}, when the state sets one
 * @param heartbeat {@code HeartbeatSeconds}, when the state sets one
 * @param credentials the evaluated {@code Credentials} field, when present
 * @param callback completes the task through its token (how a {@code .waitForTaskToken} task
 *     ends; a {@code .sync} task may also be completed this way); empty without a token
 */
public record TaskRequest(
    String stateName,
    String resource,
    JsonNode input,
    Optional<String> taskToken,
    int attempt,
    JsonNode context,
    Optional<Duration> timeout,
    Optional<Duration> heartbeat,
    Optional<JsonNode> credentials,
    Optional<TaskCallback> callback) {
  public TaskRequest {
    Objects.requireNonNull(stateName, "stateName");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(taskToken, "taskToken");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(heartbeat, "heartbeat");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(callback, "callback");
  }
}
