package dev.asl4j.interpreter.internal;

/**
 * A Task {@code Resource} taken apart the way AWS's history shows it: a legacy Lambda function
 * ARN (LambdaFunction* events), an activity ARN (Activity* events), or an integration {@code
 * arn:aws:states:::<service>:<api>[.sync|.sync:2|.waitForTaskToken]} (Task* events with {@code
 * resourceType}/{@code resource} split as AWS splits them: {@code aws-sdk:s3} / {@code getObject}).
 */
final class TaskResource {
  enum Kind {
    LAMBDA,
    ACTIVITY,
    SERVICE
  }

  enum Pattern {
    REQUEST_RESPONSE,
    SYNC,
    TOKEN
  }

  final String arn;
  final Kind kind;
  final Pattern pattern;
  final String resourceType;
  final String resource;

  private TaskResource(String arn, Kind kind, Pattern pattern, String type, String resource) {
    this.arn = arn;
    this.kind = kind;
    this.pattern = pattern;
    this.resourceType = type;
    this.resource = resource;
  }

  static TaskResource parse(String arn) {
    String[] parts = arn.split(":", 7);
    if (parts.length >= 7 && parts[2].equals("lambda") && parts[5].equals("function")) {
      return new TaskResource(arn, Kind.LAMBDA, Pattern.REQUEST_RESPONSE, "lambda", arn);
    }
    if (parts.length >= 7 && parts[2].equals("states") && parts[5].equals("activity")) {
      return new TaskResource(arn, Kind.ACTIVITY, Pattern.REQUEST_RESPONSE, "activity", arn);
    }
    String rest = arn;
    int states = arn.indexOf(":states:::");
    if (states >= 0) {
      rest = arn.substring(states + ":states:::".length());
    }
    int split = rest.startsWith("aws-sdk:") ? rest.indexOf(':', "aws-sdk:".length()) : rest.indexOf(':');
    String type = split < 0 ? rest : rest.substring(0, split);
    String api = split < 0 ? "" : rest.substring(split + 1);
    Pattern pattern = Pattern.REQUEST_RESPONSE;
    if (api.endsWith(".waitForTaskToken")) {
      pattern = Pattern.TOKEN;
    } else if (api.endsWith(".sync") || api.endsWith(".sync:2")) {
      pattern = Pattern.SYNC;
    }
    return new TaskResource(arn, Kind.SERVICE, pattern, type, api);
  }

  /** Whether the task gets a task token: callbacks, .sync (AWS issues one) and activities. */
  boolean hasToken() {
    return pattern != Pattern.REQUEST_RESPONSE || kind == Kind.ACTIVITY;
  }

  /** Whether this is {@code lambda:invoke} (any pattern), which wraps the result in Payload. */
  boolean isLambdaInvoke() {
    return kind == Kind.SERVICE && resourceType.equals("lambda") && resource.startsWith("invoke");
  }

  /** Whether this is {@code states:startExecution} (any pattern). */
  boolean isStartExecution() {
    return kind == Kind.SERVICE
        && resourceType.equals("states")
        && (resource.equals("startExecution") || resource.startsWith("startExecution."));
  }

  /** The name AWS uses in a DataLimitExceeded cause. */
  String limitName() {
    return kind == Kind.SERVICE ? resourceType : arn;
  }
}
