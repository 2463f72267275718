package dev.asl4j.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.Severity;
import dev.asl4j.parser.model.StateMachineType;
import dev.asl4j.validator.AslValidator;
import dev.asl4j.validator.ValidationResult;

/**
 * ValidateStateMachineDefinition, answered by asl4j's validator in AWS's response shape: {@code
 * result} OK or FAIL, {@code diagnostics} of {severity, code, message, location}, {@code
 * truncated}.
 */
final class ValidateOp {
  private final AslValidator validator = AslValidator.create();

  ObjectNode call(Req r) {
    String definition = r.str("definition", MachineOps.MAX_DEFINITION);
    String type = r.optEnum("type", "STANDARD", "STANDARD", "EXPRESS");
    String severity = r.optEnum("severity", "ERROR", "ERROR", "WARNING");
    int max = r.optInt("maxResults", 0, 100, 0);
    int limit = max == 0 ? 100 : max;
    ValidationResult v = validator.validate(definition, "definition.asl.json",
        StateMachineType.valueOf(type));
    ObjectNode out = Core.object();
    out.put("result", v.hasErrors() ? "FAIL" : "OK");
    ArrayNode list = out.putArray("diagnostics");
    boolean truncated = false;
    for (Diagnostic d : v.diagnostics()) {
      if (d.severity() != Severity.ERROR && severity.equals("ERROR")) {
        continue;
      }
      if (list.size() == limit) {
        truncated = true;
        break;
      }
      ObjectNode o = list.addObject();
      o.put("severity", d.severity() == Severity.ERROR ? "ERROR" : "WARNING");
      o.put("code", d.code().awsCode());
      o.put("message", d.message());
      o.put("location", d.location());
    }
    out.put("truncated", truncated);
    return out;
  }
}
