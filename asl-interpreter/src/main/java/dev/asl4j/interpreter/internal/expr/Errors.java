package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.expr.Path;

/**
 * Error names and cause texts of expression failures. Texts marked "recorded" were seen in
 * responses recorded against real AWS; the others follow the same style but are not verified.
 */
final class Errors {
  static final String RUNTIME = "States.Runtime";
  static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
  static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";

  private Errors() {}

  /** Recorded: a payload-template path that matches nothing. */
  static AslException templatePathNotFound(Path path, String field, JsonNode input) {
    return new AslException(RUNTIME, "The JSONPath '" + path.text() + "' specified for the field '"
        + field + "' could not be found in the input '" + Json.compact(input) + "'", true);
  }

  /** Recorded prefix "Invalid path '...' : " followed by the Jayway JsonPath message. */
  static AslException invalidPath(Path path, String detail) {
    return new AslException(RUNTIME, "Invalid path '" + path.text() + "' : " + detail, true);
  }

  /** Not verified: a Choice rule whose Variable (or ...Path operand) matches nothing. */
  static AslException choicePathNotFound(Path path) {
    return new AslException(RUNTIME, "Invalid path '" + path.text()
        + "': The choice state's condition path references an invalid value.", true);
  }

  /** Not verified: an intrinsic path argument that matches nothing. */
  static AslException intrinsicPathNotFound(Path path, String field, JsonNode input) {
    return new AslException(RUNTIME, "The JsonPath argument '" + path.text() + "' for the field '"
        + field + "' could not be found in the input '" + Json.compact(input) + "'", true);
  }

  /** Not verified: an intrinsic function rejecting its arguments. */
  static AslException intrinsic(String function, String problem) {
    return new AslException(RUNTIME,
        "The intrinsic function '" + function + "' failed: " + problem, true);
  }

  /** Not verified: an intrinsic whose result would exceed the payload quota. */
  static AslException resultTooLarge(String function, long limit) {
    return new AslException("States.DataLimitExceeded", "The result of the intrinsic function '"
        + function + "' would exceed the payload limit of " + limit + " bytes", true);
  }

    /** Not verified: ResultPath cannot be applied (e.g. the input is a string). */
  static AslException resultPath(Path path, JsonNode input) {
    return new AslException(RESULT_PATH_MATCH_FAILURE, "Unable to apply ResultPath '"
        + path.text() + "' to input '" + Json.compact(input) + "'", false);
  }
}
