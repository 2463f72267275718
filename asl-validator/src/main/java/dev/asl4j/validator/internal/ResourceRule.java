package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.model.StateKind;

/**
 * Task, ItemReader and ResultWriter resources are URIs AWS can recognise. Deploy-time
 * substitutions ({@code ${LambdaArn}}) are left alone.
 */
final class ResourceRule implements Rule {
  @Override
  public void check(Definition def, Sink sink) {
    for (StateNode s : def.states()) {
      if (s.kind() == StateKind.TASK) {
        check(s.field("Resource"), s.pointer("Resource"), sink);
      }
      if (s.kind() == StateKind.MAP) {
        for (String holder : new String[] {"ItemReader", "ResultWriter"}) {
          JsonNode h = s.field(holder);
          if (h != null && h.isObject()) {
            check(h.get("Resource"), Pointers.child(s.pointer(holder), "Resource"), sink);
          }
        }
      }
    }
  }

  private static void check(JsonNode value, String pointer, Sink sink) {
    if (value == null || !value.isTextual()) {
      return; // missing or not a string: a schema error the parser reports
    }
    String r = value.asText();
    switch (Resources.judge(r)) {
      case MALFORMED:
        sink.error(DiagnosticCode.INVALID_RESOURCE, pointer,
            "The resource provided " + r + " is not a valid resource ARN or URI");
        break;
      case UNSUPPORTED:
        sink.error(DiagnosticCode.UNSUPPORTED_INTEGRATION, pointer, "The resource provided " + r
            + " is not recognized. The value is not a valid resource ARN, or the resource is not"
            + " available in this region.");
        break;
      default:
        break;
    }
  }
}
