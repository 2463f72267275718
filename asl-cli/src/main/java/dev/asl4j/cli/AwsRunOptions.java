package dev.asl4j.cli;

import dev.asl4j.aws.AwsCredentials;
import dev.asl4j.aws.AwsTaskResolver;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskResolver;
import dev.asl4j.interpreter.testcase.MockTaskResolver;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code asl run}'s options for calling real AWS services from a local run. */
final class AwsRunOptions {
  @Option(names = "--aws", description = "Call AWS (Lambda, SQS, SNS, DynamoDB, EventBridge, Step Functions,"
      + " aws-sdk:*) for every task that --mocks does not answer.")
  boolean enabled;

  @Option(names = "--region", paramLabel = "REGION",
      description = "With --aws: the region (default: AWS_REGION / the profile's).")
  String region;

  @Option(names = "--aws-endpoint", paramLabel = "SERVICE=URL",
      description = "With --aws: send SERVICE's calls to URL (SERVICE: lambda, sqs, sns, dynamodb, events, states).")
  List<String> endpoints = new ArrayList<>();

  /** Checks the combination of options. */
  void check() throws UsageException {
    if (!enabled && (region != null || !endpoints.isEmpty())) {
      throw new UsageException((region != null ? "--region" : "--aws-endpoint") + " needs --aws");
    }
  }

  /** The AWS resolver, or null without --aws. */
  AwsTaskResolver resolver(AwsCredentials credentials) throws UsageException {
    if (!enabled) {
      return null;
    }
    AwsTaskResolver.Builder b = AwsTaskResolver.builder().credentials(credentials);
    try {
      if (region != null) {
        b.region(region);
      }
      for (Map.Entry<String, String> e : KeyValues.parse(endpoints, "--aws-endpoint").entrySet()) {
        b.endpoint(e.getKey(), URI.create(e.getValue()));
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new UsageException((e.getMessage().startsWith("no AWS region") ? "--aws: " : "--aws-endpoint: ")
          + e.getMessage());
    }
  }

  /**
   * Mocks win per state: a state with mocked responses gets them, every other state goes to AWS
   * (or, when AWS has no integration for its resource, to the mocks, which say it is not mocked).
   */
  static TaskResolver mixed(MockTaskResolver mocks, TaskResolver aws) {
    return resource -> {
      Optional<TaskHandler> real = aws.resolve(resource);
      Optional<TaskHandler> mocked = mocks.resolve(resource);
      if (real.isEmpty()) {
        return mocked;
      }
      if (mocked.isEmpty()) {
        return real;
      }
      TaskHandler r = real.get();
      TaskHandler m = mocked.get();
      return Optional.of(TaskHandler.async(req ->
          (mocks.states().contains(req.stateName()) ? m : r).handleAsync(req)));
    };
  }
}
