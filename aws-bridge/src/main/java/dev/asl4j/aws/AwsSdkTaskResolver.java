package dev.asl4j.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskResolver;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Answers {@code arn:aws:states:::aws-sdk:<service>:<action>} tasks (and their {@code
 * .waitForTaskToken} form) for the services registered with it: either an SDK v2 client, whose
 * method named like the action is called with the request built from the task's parameters
 * ({@link #client}), or any function of the request JSON ({@link #function}). Results are the
 * service's response members as AWS returns them (no HTTP metadata); errors are {@code
 * <Service>.<Exception>} with the SDK's message, e.g. {@code DynamoDb.ResourceNotFoundException}.
 *
 * <pre>{@code
 * AwsSdkTaskResolver sdk = AwsSdkTaskResolver.builder(executor)
 *     .client("dynamodb", DynamoDbClient.create())
 *     .function("secretsmanager", (action, request) -> mySecrets(action, request))
 *     .build();
 * }</pre>
 */
public final class AwsSdkTaskResolver implements TaskResolver {
  private final Executor executor;
  private final Map<String, Service> services;

  /** A registered service: its function and the prefix of its error names. */
  private record Service(AwsSdkFunction function, String prefix) {}

  private AwsSdkTaskResolver(Executor executor, Map<String, Service> services) {
    this.executor = executor;
    this.services = Map.copyOf(services);
  }

  /** A builder; {@code executor} runs the (blocking) service calls. */
  public static Builder builder(Executor executor) {
    return new Builder(Objects.requireNonNull(executor, "executor"));
  }

  @Override
  public Optional<TaskHandler> resolve(String resource) {
    Optional<ServiceResource> parsed = ServiceResource.parse(resource);
    if (parsed.isEmpty() || !parsed.get().awsSdk()
        || !(parsed.get().suffix().isEmpty() || parsed.get().waitsForToken())) {
      return Optional.empty();
    }
    Service s = services.get(parsed.get().service());
    if (s == null) {
      return Optional.empty();
    }
    String action = parsed.get().action();
    return Optional.of(TaskHandler.async(r -> Calls.async(executor,
        () -> s.function().call(action, r.input()), e -> AwsErrors.sdk(s.prefix(), e))));
  }

  /** Registers services by the name they have in the ARN ({@code dynamodb}, {@code s3}, …). */
  public static final class Builder {
    private final Executor executor;
    private final Map<String, Service> services = new LinkedHashMap<>();

    private Builder(Executor executor) {
      this.executor = executor;
    }

    /**
     * Calls {@code client}'s methods: action {@code getItem} calls {@code getItem(GetItemRequest)}.
     * Error names start with the client's name without {@code Client} ({@code DynamoDbClient} →
     * {@code DynamoDb}), as AWS's do.
     */
    public Builder client(String service, software.amazon.awssdk.core.SdkClient client) {
      SdkClientFunction f = new SdkClientFunction(client);
      services.put(check(service), new Service(f, f.errorPrefix()));
      return this;
    }

    /**
     * Answers the service's actions with {@code function}; error names of SDK exceptions it
     * throws start with {@code errorPrefix} (AWS's are the SDK client's name: {@code DynamoDb},
     * {@code S3}, {@code SecretsManager}, {@code Sfn}).
     */
    public Builder function(String service, String errorPrefix, AwsSdkFunction function) {
      services.put(check(service), new Service(Objects.requireNonNull(function, "function"),
          Objects.requireNonNull(errorPrefix, "errorPrefix")));
      return this;
    }

    private static String check(String service) {
      if (service == null || !service.matches("[a-z0-9-]+")) {
        throw new IllegalArgumentException("service must be the ARN's service name, such as"
            + " dynamodb or s3, not " + service);
      }
      return service;
    }

    public AwsSdkTaskResolver build() {
      return new AwsSdkTaskResolver(executor, services);
    }
  }
}
