package dev.asl4j.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.spi.TaskFailedException;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskResolver;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;

/**
 * Answers Task states by invoking real Lambda functions, with AWS's result shapes and error names.
 *
 * <ul>
 *   <li>A function ARN as the resource ({@code arn:aws:lambda:us-east-1:123456789012:function:f}):
 *       the effective input is the event and the function's output is the task's result.
 *   <li>{@code arn:aws:states:::lambda:invoke} (and {@code .waitForTaskToken}): the Parameters are
 *       the Invoke request ({@code FunctionName}, {@code Payload}, {@code Qualifier}, {@code
 *       InvocationType}, {@code ClientContext}, {@code LogType}) and the result wraps the output:
 *       {@code {"ExecutedVersion", "Payload", "SdkHttpMetadata", "SdkResponseMetadata",
 *       "StatusCode"}}.
 * </ul>
 *
 * <p>A function error fails the task with the payload's {@code errorType} and the payload text as
 * cause; an unhandled error (timeout, out of memory, a crash) or one without an {@code errorType}
 * is {@code Lambda.Unknown}; a service error is {@code Lambda.<Exception>} with the "(Service:
 * AWSLambda; Status Code: …)" cause. The client should not retry on its own (the state's Retry
 * decides), see {@link AwsTaskResolver}.
 *
 * <pre>{@code
 * LambdaTaskResolver lambdas = new LambdaTaskResolver(lambdaClient, executor);
 * AslEngine engine = AslEngine.builder().taskResolver(lambdas).build();
 * }</pre>
 */
public final class LambdaTaskResolver implements TaskResolver {
  static final AwsErrors.V1Service LAMBDA =
      new AwsErrors.V1Service("Lambda", "AWSLambda", "AWSLambdaException", LambdaException.class);
  static final String UNKNOWN_CAUSE =
      "The cause could not be determined because Lambda did not return an error type. Returned payload: ";
  private static final Pattern FUNCTION_ARN = Pattern.compile("arn:[a-z-]+:lambda:[^:]*:[^:]*:function:.+");

  private final Supplier<LambdaClient> client;
  private final Executor executor;

  /**
   * @param client the Lambda client (its region, credentials and endpoint are used as they are)
   * @param executor runs the blocking Invoke calls
   */
  public LambdaTaskResolver(LambdaClient client, Executor executor) {
    this(supplier(Objects.requireNonNull(client, "client")), executor);
  }

  /** With a client built on first use. */
  LambdaTaskResolver(Supplier<LambdaClient> client, Executor executor) {
    this.client = client;
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  private static Supplier<LambdaClient> supplier(LambdaClient client) {
    return () -> client;
  }

  @Override
  public Optional<TaskHandler> resolve(String resource) {
    if (FUNCTION_ARN.matcher(resource).matches()) {
      return Optional.of(TaskHandler.async(r -> Calls.async(executor,
          () -> legacy(resource, r.input()), e -> AwsErrors.optimized(LAMBDA, e))));
    }
    Optional<ServiceResource> s = ServiceResource.parse(resource);
    if (s.isPresent() && !s.get().awsSdk() && s.get().name().equals("lambda:invoke")
        && (s.get().suffix().isEmpty() || s.get().waitsForToken())) {
      return Optional.of(TaskHandler.async(r -> Calls.async(executor,
          () -> optimized(r.input()), e -> AwsErrors.optimized(LAMBDA, e))));
    }
    return Optional.empty();
  }

  private JsonNode legacy(String arn, JsonNode input) throws TaskFailedException {
    InvokeResponse r = client.get().invoke(InvokeRequest.builder()
        .functionName(arn)
        .payload(SdkBytes.fromUtf8String(input.toString()))
        .build());
    checkFunctionError(r);
    JsonNode out = payload(r);
    return out.isTextual() && out.textValue().isEmpty() ? JsonNodeFactory.instance.nullNode() : out;
  }

  private JsonNode optimized(JsonNode params) throws TaskFailedException {
    if (!params.isObject() || !params.path("FunctionName").isTextual()) {
      throw new TaskFailedException("States.Runtime",
          "lambda:invoke needs the parameter FunctionName (a string), got " + params);
    }
    ObjectNode request = params.deepCopy();
    JsonNode payload = request.remove("Payload");
    InvokeRequest.Builder b = InvokeRequest.builder();
    SdkJson.toModel(b, request, "lambda:invoke");
    if (payload != null) {
      b.payload(SdkBytes.fromUtf8String(payload.toString()));
    }
    InvokeResponse r = client.get().invoke(b.build());
    checkFunctionError(r);
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("ExecutedVersion", r.executedVersion() == null ? "$LATEST" : r.executedVersion());
    if (r.logResult() != null) {
      o.put("LogResult", r.logResult());
    }
    o.set("Payload", payload(r));
    HttpMetadata.add(o, r);
    o.put("StatusCode", r.statusCode());
    return o;
  }

  private static void checkFunctionError(InvokeResponse r) throws TaskFailedException {
    if (r.functionError() == null) {
      return;
    }
    String text = r.payload() == null ? "" : r.payload().asUtf8String();
    JsonNode errorType = parse(text).path("errorType");
    if ("Handled".equalsIgnoreCase(r.functionError()) && errorType.isTextual()) {
      throw new TaskFailedException(errorType.textValue(), text);
    }
    throw new TaskFailedException("Lambda.Unknown", UNKNOWN_CAUSE + text);
  }

  private static JsonNode payload(InvokeResponse r) {
    String text = r.payload() == null ? "" : r.payload().asUtf8String();
    return text.isEmpty() ? JsonNodeFactory.instance.textNode("") : parse(text);
  }

  /** The payload as JSON; text that is not JSON stays a string. */
  private static JsonNode parse(String text) {
    try {
      JsonNode n = SdkJson.MAPPER.readTree(text);
      return n == null ? JsonNodeFactory.instance.textNode(text) : n;
    } catch (java.io.IOException notJson) {
      return JsonNodeFactory.instance.textNode(text);
    }
  }
}
