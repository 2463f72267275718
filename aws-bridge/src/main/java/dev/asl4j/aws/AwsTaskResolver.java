package dev.asl4j.aws;

import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskResolver;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.regions.Region;

/**
 * Answers the Task states of a local run by calling AWS (or local endpoints standing in for it):
 * Lambda functions ({@link LambdaTaskResolver}), the optimized integrations a saga uses ({@code
 * sqs:sendMessage}, {@code sns:publish}, {@code dynamodb:getItem|putItem|updateItem|deleteItem},
 * {@code events:putEvents}, {@code states:startExecution}) and {@code aws-sdk:<service>:<action>}
 * for {@code dynamodb}, {@code lambda}, {@code sqs}, {@code sns}, {@code eventbridge}, {@code sfn}
 * and any service registered with {@link Builder#sdkFunction} / {@link Builder#sdkClient}.
 *
 * <p>Clients are built on first use with the builder's region, credentials (default: the SDK's
 * default chain) and endpoints, on the JDK's URLConnection HTTP client, and with the SDK's own
 * retries switched off so that the state's {@code Retry} alone decides, as in AWS. Calls run on
 * a bounded pool of daemon threads; {@link #close} stops it and closes the clients.
 *
 * <pre>{@code
 * try (AwsTaskResolver aws = AwsTaskResolver.builder().region("eu-west-1").build()) {
 *   AslEngine engine = AslEngine.builder()
 *       .taskResolver(mocks)   // resolvers are asked in order: put mocks first to win
 *       .taskResolver(aws)
 *       .build();
 *   ...
 * }
 * }</pre>
 */
public final class AwsTaskResolver implements TaskResolver, AutoCloseable {
  /** Service keys for {@link Builder#endpoint}. */
  public static final List<String> ENDPOINT_SERVICES = AwsClients.SERVICES;

  private final AwsClients clients;
  private final ExecutorService executor;
  private final List<TaskResolver> parts;

  private AwsTaskResolver(Builder b) {
    this.clients = new AwsClients(b.region, b.credentials, b.endpoints);
    AtomicInteger n = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(b.threads, r -> {
      Thread t = new Thread(r, "asl4j-aws-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    AwsSdkTaskResolver.Builder sdk = AwsSdkTaskResolver.builder(executor);
    builtIn(sdk, "dynamodb", "DynamoDb", clients::dynamoDb);
    builtIn(sdk, "lambda", "Lambda", clients::lambda);
    builtIn(sdk, "sqs", "Sqs", clients::sqs);
    builtIn(sdk, "sns", "Sns", clients::sns);
    builtIn(sdk, "eventbridge", "EventBridge", clients::eventBridge);
    builtIn(sdk, "sfn", "Sfn", clients::sfn);
    b.sdkClients.forEach(sdk::client);
    b.sdkFunctions.forEach((service, f) -> sdk.function(service, f.prefix, f.function));
    this.parts = List.of(
        new LambdaTaskResolver(clients::lambda, executor),
        new OptimizedIntegrations(clients, executor),
        sdk.build());
  }

  /** A builder with the SDK's default region and credential chains and AWS's endpoints. */
  public static Builder builder() {
    return new Builder();
  }

  private static void builtIn(
      AwsSdkTaskResolver.Builder sdk, String service, String prefix, Supplier<? extends SdkClient> client) {
    sdk.function(service, prefix, new AwsSdkFunction() {
      private SdkClientFunction f;

      @Override
      public com.fasterxml.jackson.databind.JsonNode call(
          String action, com.fasterxml.jackson.databind.JsonNode request) throws Exception {
        synchronized (this) {
          if (f == null) {
            f = new SdkClientFunction(client.get());
          }
        }
        return f.call(action, request);
      }
    });
  }

  @Override
  public Optional<TaskHandler> resolve(String resource) {
    for (TaskResolver r : parts) {
      Optional<TaskHandler> h = r.resolve(resource);
      if (h.isPresent()) {
        return h;
      }
    }
    return Optional.empty();
  }

  /** Stops the call pool (calls in flight fail) and closes the clients. */
  @Override
  public void close() {
    executor.shutdownNow();
    clients.close();
  }

  /** Configures an {@link AwsTaskResolver}. */
  public static final class Builder {
    private Region region;
    private AwsCredentialsProvider credentials;
    private final Map<String, URI> endpoints = new LinkedHashMap<>();
    private final Map<String, SdkClient> sdkClients = new LinkedHashMap<>();
    private final Map<String, PrefixedFunction> sdkFunctions = new LinkedHashMap<>();
    private int threads = 16;

    private Builder() {}

    /** The region, e.g. {@code us-east-1} (default: the SDK's region chain, AWS_REGION …). */
    public Builder region(String region) {
      this.region = Region.of(Objects.requireNonNull(region, "region"));
      return this;
    }

    /** The credentials (default: the SDK's default chain: environment, profile, SSO, role …). */
    public Builder credentials(AwsCredentialsProvider credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /** The credentials as an {@link AwsCredentials} (null: the SDK's default chain). */
    public Builder credentials(AwsCredentials credentials) {
      this.credentials = credentials == null ? null : credentials.provider();
      return this;
    }

    /**
     * Sends one service's calls to {@code url} instead of AWS (a local stand-in). {@code service}
     * is one of {@link #ENDPOINT_SERVICES}.
     */
    public Builder endpoint(String service, URI url) {
      if (!AwsClients.SERVICES.contains(service)) {
        throw new IllegalArgumentException("unknown service '" + service + "' for an endpoint; one of "
            + AwsClients.SERVICES);
      }
      Objects.requireNonNull(url, "url");
      if (url.getScheme() == null || url.getHost() == null) {
        throw new IllegalArgumentException("the endpoint of " + service + " must be an absolute URL"
            + " such as http://127.0.0.1:4566, not " + url);
      }
      endpoints.put(service, url);
      return this;
    }

    /** Answers {@code aws-sdk:<service>:*} with {@code client} (see {@link AwsSdkTaskResolver}). */
    public Builder sdkClient(String service, SdkClient client) {
      sdkClients.put(service, Objects.requireNonNull(client, "client"));
      return this;
    }

    /** Answers {@code aws-sdk:<service>:*} with {@code function}; see {@link AwsSdkTaskResolver}. */
    public Builder sdkFunction(String service, String errorPrefix, AwsSdkFunction function) {
      sdkFunctions.put(service, new PrefixedFunction(errorPrefix, function));
      return this;
    }

    /** How many AWS calls may be in flight at once (default 16). */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 1024) {
        throw new IllegalArgumentException("threads must be 1..1024, not " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** @throws IllegalArgumentException when no region is given and none is configured */
    public AwsTaskResolver build() {
      if (region == null) {
        try {
          region = new software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain().getRegion();
        } catch (software.amazon.awssdk.core.exception.SdkClientException e) {
          throw new IllegalArgumentException(AwsCredentials.explain(e), e);
        }
      }
      return new AwsTaskResolver(this);
    }
  }

  private record PrefixedFunction(String prefix, AwsSdkFunction function) {}
}
