package dev.asl4j.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Shared test set-up: static fake credentials, a fixed region, JSON helpers. */
final class TestAws {
  static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret-test"));

  private TestAws() {}

  /** A resolver sending {@code service}'s calls to {@code endpoint}. */
  static AwsTaskResolver resolver(String service, URI endpoint) {
    return AwsTaskResolver.builder().region("us-east-1").credentials(CREDENTIALS)
        .endpoint(service, endpoint).build();
  }

  /** Runs {@code definition} in virtual time with {@code aws} answering the tasks. */
  static ExecutionResult run(AwsTaskResolver aws, String definition, String input) {
    AslEngine engine = AslEngine.builder()
        .scheduler(new VirtualTimeScheduler(Instant.parse("2024-01-01T00:00:00Z")))
        .taskResolver(aws).build();
    return engine.load(definition, "test.asl.json").run(json(input));
  }

  static JsonNode json(String text) {
    try {
      return SdkJson.MAPPER.readTree(text);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
