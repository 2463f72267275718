package dev.asl4j.aws;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service-integration {@code Resource}: {@code arn:<partition>:states:::<service>:<action>} (an
 * optimized integration) or {@code arn:<partition>:states:::aws-sdk:<service>:<action>}, with its
 * integration pattern suffix ({@code .sync}, {@code .sync:2}, {@code .waitForTaskToken}) if any.
 */
record ServiceResource(boolean awsSdk, String service, String action, String suffix) {
  private static final Pattern ARN = Pattern.compile(
      "arn:[a-z-]+:states:::(aws-sdk:)?([A-Za-z0-9-]+):([A-Za-z0-9]+)(\\.sync(?::2)?|\\.waitForTaskToken)?");

  static Optional<ServiceResource> parse(String resource) {
    Matcher m = ARN.matcher(resource);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new ServiceResource(
        m.group(1) != null, m.group(2), m.group(3), m.group(4) == null ? "" : m.group(4)));
  }

  boolean waitsForToken() {
    return suffix.equals(".waitForTaskToken");
  }

  /** {@code service:action} as the optimized integration is named, e.g. {@code sqs:sendMessage}. */
  String name() {
    return service + ":" + action;
  }
}
