package dev.asl4j.server;

import dev.asl4j.interpreter.spi.TaskHandler;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/** A server on a free loopback port and a real AWS SDK client pointed at it. */
final class SfnServer implements AutoCloseable {
  final AslServer server;
  final SfnClient sfn;

  private SfnServer(AslServer server, SfnClient sfn) {
    this.server = server;
    this.sfn = sfn;
  }

  static SfnServer start(Map<String, TaskHandler> handlers) throws IOException {
    return start(handlers, UnaryOperator.identity());
  }

  static SfnServer start(Map<String, TaskHandler> handlers, UnaryOperator<AslServer.Builder> more)
      throws IOException {
    AslServer.Builder b = AslServer.builder().port(0);
    handlers.forEach(b::taskHandler);
    AslServer server = more.apply(b).start();
    return new SfnServer(server, client(server.endpoint()));
  }

  /** As the docs tell users: endpoint override, any credentials, no {@code sync-} host prefix. */
  static SfnClient client(URI endpoint) {
    return SfnClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(90)))
        .overrideConfiguration(c -> c.putAdvancedOption(
            SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
        .build();
  }

  @Override
  public void close() {
    sfn.close();
    server.close();
  }
}
