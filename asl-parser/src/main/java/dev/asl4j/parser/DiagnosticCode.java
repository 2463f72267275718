package dev.asl4j.parser;

/**
 * Stable identifiers of every diagnostic asl4j reports. Codes that AWS's {@code
 * ValidateStateMachineDefinition} also reports carry the same name; finer codes of our own name the
 * AWS code they correspond to through {@link #awsCode()}. {@code docs/diagnostics.md} lists them
 * all.
 */
public enum DiagnosticCode {
  // ---- AWS codes -------------------------------------------------------------------------------
  /** The text is not JSON (or YAML), or not an object. */
  INVALID_JSON_DESCRIPTION(null),
  /** The definition is empty. */
  MISSING_DESCRIPTION(null),
  /** A field is missing, unknown, of the wrong type or out of range. */
  SCHEMA_VALIDATION_FAILED(null),
  /** A Task/ItemReader/ResultWriter {@code Resource} is not a recognised ARN. */
  INVALID_RESOURCE(null),
  /** No state ends the machine (or a branch). */
  MISSING_END_STATE(null),
  /** Two states share a name anywhere in the machine. */
  DUPLICATE_STATE_NAME(null),
  /** A state name is empty, too long or has forbidden characters. */
  INVALID_STATE_NAME(null),
  /** Two Distributed Map states share a {@code Label}. */
  DUPLICATE_LABEL_NAME(null),
  /** A Distributed Map {@code Label} is empty, too long or has forbidden characters. */
  INVALID_LABEL_NAME(null),
  /** {@code StartAt}, {@code Next} or {@code Default} names a state that does not exist here. */
  MISSING_TRANSITION_TARGET(null),
  /** The document nests deeper than the limit. */
  TOO_DEEPLY_NESTED(null),
  /** Warning: a payload template value looks like a path but its key lacks {@code .$}. */
  NO_DOLLAR(null),
  /** Warning: a key ends in {@code .$} but the value is not a path or intrinsic. */
  NO_PATH(null),
  /** Warning: a Pass state's {@code Result} is static while its key suggests a path. */
  PASS_RESULT_IS_STATIC(null),

  // ---- finer codes of our own -----------------------------------------------------------------
  /** The same key appears twice in one JSON object. */
  DUPLICATE_KEY("SCHEMA_VALIDATION_FAILED"),
  /** The document is larger than the size limit. */
  DEFINITION_TOO_LARGE("SCHEMA_VALIDATION_FAILED"),
  /** A JSONPath, reference path or intrinsic call does not parse. */
  INVALID_PATH("SCHEMA_VALIDATION_FAILED"),
  /** A JSONata expression does not parse or breaks the {@code {% %}} framing. */
  INVALID_JSONATA("SCHEMA_VALIDATION_FAILED"),
  /** A state is unreachable from {@code StartAt}. */
  UNREACHABLE_STATE("SCHEMA_VALIDATION_FAILED"),
  /** A transition leaves or enters a Parallel branch or Map processor. */
  TRANSITION_OUT_OF_SCOPE("MISSING_TRANSITION_TARGET"),
  /** Retry/Catch rules: {@code States.ALL} placement, reserved error names. */
  INVALID_ERROR_NAME("SCHEMA_VALIDATION_FAILED"),
  /** A field is not allowed in the state's query language. */
  FIELD_NOT_ALLOWED_IN_QUERY_LANGUAGE("SCHEMA_VALIDATION_FAILED"),
  /** A variable name breaks the naming rules, or an inner scope assigns an outer variable. */
  INVALID_VARIABLE("SCHEMA_VALIDATION_FAILED"),
  /** Warning: a variable is read but no path assigns it before. */
  UNDEFINED_VARIABLE(null),
  /** A field or integration that EXPRESS machines do not support. */
  EXPRESS_NOT_SUPPORTED("SCHEMA_VALIDATION_FAILED"),
  /** {@code Next}/{@code End} misuse: both, neither, End on a Choice, Next on a nested rule. */
  INVALID_TRANSITION("SCHEMA_VALIDATION_FAILED"),
  /** Fields that exclude each other, or a field its state's configuration does not allow. */
  EXCLUSIVE_FIELDS("SCHEMA_VALIDATION_FAILED"),
  /** An intrinsic function that does not exist, or called with the wrong arguments. */
  INVALID_INTRINSIC("SCHEMA_VALIDATION_FAILED"),
  /**
   * A JSONata expression reads {@code $states.result}/{@code errorOutput} or {@code $$} where they
   * are not available.
   */
  INVALID_JSONATA_REFERENCE("SCHEMA_VALIDATION_FAILED"),
  /** A well-formed service-integration ARN that AWS does not recognise (e.g. an unknown action). */
  UNSUPPORTED_INTEGRATION("SCHEMA_VALIDATION_FAILED");

  private final String awsCode;

  DiagnosticCode(String awsCode) {
    this.awsCode = awsCode;
  }

  /** The AWS {@code ValidateStateMachineDefinition} code this code corresponds to. */
  public String awsCode() {
    return awsCode == null ? name() : awsCode;
  }
}
