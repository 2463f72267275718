package dev.asl4j.aws;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One AWS service as the {@code arn:aws:states:::aws-sdk:<service>:<action>} tasks of a local run
 * see it: a function of the action name and the request JSON (the task's Parameters or Arguments)
 * to the response JSON.
 *
 * <p>Throwing an SDK service exception fails the task as AWS names it ({@code
 * <Service>.<ExceptionClass>} with the exception's message); a {@link
 * dev.asl4j.interpreter.spi.TaskFailedException} fails it with exactly its error and cause.
 *
 * <pre>{@code
 * AwsSdkFunction secrets = (action, request) -> switch (action) {
 *   case "getSecretValue" -> Json.parse("{\"SecretString\":\"s3cr3t\"}");
 *   default -> throw new TaskFailedException("SecretsManager.UnsupportedAction", action);
 * };
 * }</pre>
 */
@FunctionalInterface
public interface AwsSdkFunction {
  /** Answers {@code action} (as written in the ARN, e.g. {@code getItem}) for {@code request}. */
  JsonNode call(String action, JsonNode request) throws Exception;
}
