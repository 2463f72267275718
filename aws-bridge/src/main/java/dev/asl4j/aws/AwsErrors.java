package dev.asl4j.aws;

import dev.asl4j.interpreter.spi.TaskFailedException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Turns an SDK exception into the error and cause a state machine sees, in the two styles AWS
 * uses.
 *
 * <p><b>Optimized integrations</b> ({@code arn:aws:states:::lambda:invoke}, {@code sqs:sendMessage},
 * …) report in the style of the SDK for Java 1.x that Step Functions runs them with: {@code
 * Lambda.ResourceNotFoundException}, the service's base exception named as in 1.x ({@code
 * DynamoDB.AmazonDynamoDBException}), and the cause {@code "<message> (Service: AWSLambda; Status
 * Code: 404; Error Code: ResourceNotFoundException; Request ID: …; Proxy: null)"}.
 *
 * <p><b>AWS SDK integrations</b> ({@code arn:aws:states:::aws-sdk:…}) report in the 2.x style:
 * {@code DynamoDb.ResourceNotFoundException} with the exception's own message {@code "… (Service:
 * DynamoDb, Status Code: 400, Request ID: …)"}.
 *
 * <p>No response at all (connection refused, unknown host) is {@code <Prefix>.SdkClientException}
 * with the SDK's message ({@code "Unable to execute HTTP request: …"}).
 */
final class AwsErrors {
  private AwsErrors() {}

  /** One service as the optimized integrations name it. */
  record V1Service(String errorPrefix, String serviceName, String baseException, Class<?> v2Base) {}

  /** The 1.x-style error of an optimized integration of {@code service}. */
  static TaskFailedException optimized(V1Service service, Throwable t) {
    Throwable e = unwrap(t);
    if (e instanceof AwsServiceException) {
      AwsServiceException s = (AwsServiceException) e;
      AwsErrorDetails d = s.awsErrorDetails();
      String code = d == null || d.errorCode() == null ? "" : d.errorCode();
      String message = d == null || d.errorMessage() == null ? "null" : d.errorMessage();
      String name = e.getClass() == service.v2Base() || !(e instanceof SdkServiceException)
          ? service.baseException()
          : e.getClass().getSimpleName();
      return new TaskFailedException(service.errorPrefix() + "." + name,
          message + " (Service: " + service.serviceName() + "; Status Code: " + s.statusCode()
              + "; Error Code: " + code + "; Request ID: " + nullToEmpty(s.requestId())
              + "; Proxy: null)");
    }
    return client(service.errorPrefix(), e);
  }

  /** The 2.x-style error of an AWS SDK integration whose client calls itself {@code prefix}. */
  static TaskFailedException sdk(String prefix, Throwable t) {
    Throwable e = unwrap(t);
    if (e instanceof SdkServiceException) {
      return new TaskFailedException(prefix + "." + e.getClass().getSimpleName(), e.getMessage());
    }
    return client(prefix, e);
  }

  private static TaskFailedException client(String prefix, Throwable e) {
    if (e instanceof TaskFailedException) {
      return (TaskFailedException) e;
    }
    if (e instanceof SdkClientException) {
      return new TaskFailedException(prefix + ".SdkClientException", e.getMessage());
    }
    if (e instanceof IllegalArgumentException) { // our own conversion of the request
      return new TaskFailedException("States.Runtime", e.getMessage());
    }
    return new TaskFailedException("States.TaskFailed", String.valueOf(e));
  }

  static Throwable unwrap(Throwable t) {
    Throwable e = t;
    while ((e instanceof java.util.concurrent.CompletionException
            || e instanceof java.util.concurrent.ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
