package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.model.StateKind;
import java.util.Set;

/**
 * Retry and Catch error lists: non-empty, {@code States.ALL} alone and in the last entry (AWS:
 * "States.ALL must appear alone and at end of list"). Error names starting with {@code States.}
 * that the service does not define only get a warning: AWS accepts definitions that raise and
 * catch such names (e.g. a Fail state with Error "States.QuorumMet").
 */
final class ErrorNameRule implements Rule {
  static final String ALL = "States.ALL";

  /** The error names the service itself raises or matches. */
  static final Set<String> PREDEFINED = Set.of(
      ALL,
      "States.DataLimitExceeded",
      "States.ExceedToleratedFailureThreshold",
      "States.HeartbeatTimeout",
      "States.Http.Socket",
      "States.IntrinsicFailure",
      "States.ItemReaderFailed",
      "States.NoChoiceMatched",
      "States.ParameterPathFailure",
      "States.Permissions",
      "States.QueryEvaluationError",
      "States.ResultPathMatchFailure",
      "States.ResultWriterFailed",
      "States.Runtime",
      "States.TaskFailed",
      "States.Timeout",
      "States.BranchFailed");

  @Override
  public void check(Definition def, Sink sink) {
    for (StateNode s : def.states()) {
      list(s, "Retry", sink);
      list(s, "Catch", sink);
      String error = s.kind() == StateKind.FAIL ? s.text("Error") : null;
      if (error != null && reservedButUnknown(error)) {
        sink.warning(DiagnosticCode.INVALID_ERROR_NAME, s.pointer("Error"), reservedMessage(error));
      }
    }
  }

  private void list(StateNode s, String field, Sink sink) {
    JsonNode arr = s.field(field);
    if (arr == null || !arr.isArray()) {
      return;
    }
    for (int i = 0; i < arr.size(); i++) {
      JsonNode errors = arr.get(i).get("ErrorEquals");
      String p = Pointers.child(Pointers.child(s.pointer(field), i), "ErrorEquals");
      if (errors == null || !errors.isArray()) {
        continue; // missing or mistyped: a schema error the parser reports
      }
      if (errors.isEmpty()) {
        sink.error(DiagnosticCode.INVALID_ERROR_NAME, p, "ErrorEquals cannot be empty");
      }
      boolean last = i == arr.size() - 1;
      for (int j = 0; j < errors.size(); j++) {
        JsonNode e = errors.get(j);
        if (!e.isTextual()) {
          continue;
        }
        String name = e.asText();
        if (name.equals(ALL) && (errors.size() > 1 || !last)) {
          sink.error(DiagnosticCode.INVALID_ERROR_NAME, Pointers.child(p, j),
              "States.ALL must appear alone and at end of list");
        } else if (reservedButUnknown(name)) {
          sink.warning(DiagnosticCode.INVALID_ERROR_NAME, Pointers.child(p, j),
              reservedMessage(name));
        }
      }
    }
  }

  static boolean reservedButUnknown(String name) {
    return name.startsWith("States.")
        && !PREDEFINED.contains(name)
        && !name.matches("States\\.Http\\.StatusCode\\.\\d{3}");
  }

  private static String reservedMessage(String name) {
    return "'" + name + "' is not an error the service defines; names starting with 'States.' are"
        + " reserved, so a user error should not use that prefix";
  }
}
