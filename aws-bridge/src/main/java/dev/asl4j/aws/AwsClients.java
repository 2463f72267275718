package dev.asl4j.aws;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds the SDK clients a local run needs, lazily (a run that calls only Lambda builds only the
 * Lambda client), all on one JDK URLConnection HTTP client, with the configured region,
 * credentials and per-service endpoint overrides, and with the SDK's own retries off: as in AWS,
 * the state's {@code Retry} decides whether a throttled or failed call is tried again.
 */
final class AwsClients implements AutoCloseable {
  private final Region region;
  private final AwsCredentialsProvider credentials;
  private final Map<String, URI> endpoints;
  private final SdkHttpClient http = UrlConnectionHttpClient.create();
  private final List<SdkClient> built = new ArrayList<>();
  private LambdaClient lambda;
  private SqsClient sqs;
  private SnsClient sns;
  private DynamoDbClient dynamoDb;
  private EventBridgeClient eventBridge;
  private SfnClient sfn;

  /**
   * @param region null for the SDK's default region chain
   * @param credentials null for the default credential chain
   * @param endpoints service key ({@code lambda}, {@code sqs}, {@code sns}, {@code dynamodb},
   *     {@code events}, {@code states}) to endpoint URL
   */
  AwsClients(Region region, AwsCredentialsProvider credentials, Map<String, URI> endpoints) {
    this.region = region;
    this.credentials = credentials;
    this.endpoints = Map.copyOf(endpoints);
  }

  /** The service keys an endpoint may be given for. */
  static final List<String> SERVICES = List.of("lambda", "sqs", "sns", "dynamodb", "events", "states");

  synchronized LambdaClient lambda() {
    return lambda != null ? lambda : (lambda = build(LambdaClient.builder(), "lambda"));
  }

  synchronized SqsClient sqs() {
    return sqs != null ? sqs : (sqs = build(SqsClient.builder(), "sqs"));
  }

  synchronized SnsClient sns() {
    return sns != null ? sns : (sns = build(SnsClient.builder(), "sns"));
  }

  synchronized DynamoDbClient dynamoDb() {
    return dynamoDb != null ? dynamoDb : (dynamoDb = build(DynamoDbClient.builder(), "dynamodb"));
  }

  synchronized EventBridgeClient eventBridge() {
    return eventBridge != null ? eventBridge : (eventBridge = build(EventBridgeClient.builder(), "events"));
  }

  synchronized SfnClient sfn() {
    return sfn != null ? sfn : (sfn = build(SfnClient.builder(), "states"));
  }

  private <C extends SdkClient, B extends AwsClientBuilder<B, C>> C build(B b, String service) {
    configure(b, service);
    if (b instanceof software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder) {
      ((software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<?, ?>) b).httpClient(http);
    }
    C c = b.build();
    built.add(c);
    return c;
  }

  /** Region, credentials, endpoint and no SDK retries on any client builder. */
  <B extends AwsClientBuilder<B, ?>> B configure(B b, String service) {
    if (region != null) {
      b.region(region);
    }
    b.credentialsProvider(credentials != null ? credentials : DefaultCredentialsProvider.builder().build());
    URI endpoint = endpoints.get(service);
    if (endpoint != null) {
      b.endpointOverride(endpoint);
    }
    b.overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
    return b;
  }

  @Override
  public synchronized void close() {
    built.forEach(SdkClient::close);
    built.clear();
    http.close();
  }
}
