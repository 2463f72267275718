package dev.asl4j.aws;

import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Credentials given explicitly, for callers that do not use the SDK's default chain (tests and
 * local stand-ins take fixed fake keys). Without one, every client here uses the default chain:
 * environment variables, system properties, the shared profile files (SSO included), container
 * and instance roles.
 */
public final class AwsCredentials {
  private final AwsCredentialsProvider provider;

  private AwsCredentials(AwsCredentialsProvider provider) {
    this.provider = provider;
  }

  /** A fixed access key and secret. */
  public static AwsCredentials of(String accessKeyId, String secretAccessKey) {
    return new AwsCredentials(StaticCredentialsProvider.create(AwsBasicCredentials.create(
        Objects.requireNonNull(accessKeyId, "accessKeyId"),
        Objects.requireNonNull(secretAccessKey, "secretAccessKey"))));
  }

  /** Any SDK credentials provider (a profile, an assumed role, …). */
  public static AwsCredentials of(AwsCredentialsProvider provider) {
    return new AwsCredentials(Objects.requireNonNull(provider, "provider"));
  }

  AwsCredentialsProvider provider() {
    return provider;
  }

  /** A message for a client that could not be built, saying what to set. */
  static String explain(SdkClientException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("region")) {
      return "no AWS region: give --region or set AWS_REGION (" + m + ")";
    }
    return m;
  }
}
