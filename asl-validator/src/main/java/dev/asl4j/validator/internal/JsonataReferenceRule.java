package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.expr.JsonataExpr;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Where {@code $states.result} and {@code $states.errorOutput} exist: the result only in the
 * top-level Output/Assign of Task, Parallel and Map; the error output only in a Catcher's
 * Output/Assign; Arguments see neither. JSONata has no {@code $$}: the context is
 * {@code $states.context}. A lexical scan, see {@link ExpressionScanner}.
 */
final class JsonataReferenceRule implements Rule {
  /** Fields holding nested states: their expressions belong to the nested states. */
  static final Set<String> NESTED = Set.of("Branches", "ItemProcessor", "Iterator");

  @Override
  public void check(Definition def, Sink sink) {
    for (StateNode s : def.states()) {
      if (!s.jsonata()) {
        continue;
      }
      Iterator<Map.Entry<String, JsonNode>> it = s.node().fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String field = e.getKey();
        if (NESTED.contains(field)) {
          continue;
        }
        String p = s.pointer(field);
        if (field.equals("Catch") && e.getValue().isArray()) {
          JsonNode arr = e.getValue();
          for (int i = 0; i < arr.size(); i++) {
            catcher(arr.get(i), Pointers.child(p, i), sink);
          }
          continue;
        }
        boolean result = s.hasResult() && (field.equals("Output") || field.equals("Assign"));
        scan(p, e.getValue(), result, false, field, sink);
      }
    }
  }

  private static void catcher(JsonNode c, String pointer, Sink sink) {
    if (!c.isObject()) {
      return;
    }
    c.fields().forEachRemaining(e -> {
      boolean errorOutput = e.getKey().equals("Output") || e.getKey().equals("Assign");
      scan(Pointers.child(pointer, e.getKey()), e.getValue(), false, errorOutput,
          "Catch/" + e.getKey(), sink);
    });
  }

  private static void scan(String pointer, JsonNode value, boolean resultAllowed,
      boolean errorAllowed, String field, Sink sink) {
    Templates.strings(pointer, value, (p, text) -> {
      if (!JsonataExpr.isFramed(text)) {
        return;
      }
      ExpressionScanner.Scan scan = ExpressionScanner.scan(JsonataExpr.unframe(text).source());
      if (scan.statesFields().contains("result") && !resultAllowed) {
        sink.error(DiagnosticCode.INVALID_JSONATA_REFERENCE, p, "$states.result is not"
            + " available in '" + field + "': it can be read only in the Output and Assign of"
            + " Task, Parallel and Map states");
      }
      if (scan.statesFields().contains("errorOutput") && !errorAllowed) {
        sink.error(DiagnosticCode.INVALID_JSONATA_REFERENCE, p, "$states.errorOutput is not"
            + " available in '" + field + "': it can be read only in a Catcher's Output and"
            + " Assign");
      }
      if (scan.contextRoot()) {
        sink.error(DiagnosticCode.INVALID_JSONATA_REFERENCE, p,
            "'$$' cannot be used in JSONata expressions; read the context from $states.context");
      }
    });
  }
}
