package dev.asl4j.server;

/**
 * An error answer of the Step Functions API: HTTP 400 (or {@code status}) with {@code
 * {"__type": code, "message": message}}. Thrown by operations and turned into a response in one
 * place ({@link HttpFront}); it carries no stack trace because it is an answer, not a bug.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final int status;

  ApiError(String code, String message) {
    this(code, message, 400);
  }

  ApiError(String code, String message, int status) {
    super(message, null, false, false);
    this.code = code;
    this.status = status;
  }

  String code() {
    return code;
  }

  int status() {
    return status;
  }

  /** AWS's wording for a field that violates a constraint (one violation). */
  static ApiError validation(String value, String field, String constraint) {
    return new ApiError("ValidationException", "1 validation error detected: Value " + value
        + " at '" + field + "' failed to satisfy constraint: " + constraint);
  }

  static ApiError missing(String field) {
    return validation("null", field, "Member must not be null");
  }

  static ApiError invalidArn(String detail) {
    return new ApiError("InvalidArn", "Invalid Arn: '" + detail + "'");
  }

  static ApiError stateMachineDoesNotExist(String arn) {
    return new ApiError("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
  }

  static ApiError executionDoesNotExist(String arn) {
    return new ApiError("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
  }

  static ApiError activityDoesNotExist(String arn) {
    return new ApiError("ActivityDoesNotExist", "Activity Does Not Exist: '" + arn + "'");
  }

  static ApiError resourceNotFound(String what, String arn) {
    return new ApiError("ResourceNotFound", what + " does not exist: '" + arn + "'");
  }

  static ApiError invalidName(String name) {
    return new ApiError("InvalidName", "Invalid Name: '" + name + "'");
  }

  static ApiError serialization(String message) {
    return new ApiError("SerializationException", message);
  }
}
