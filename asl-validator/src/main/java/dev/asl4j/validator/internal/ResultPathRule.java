package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.DiagnosticCode;

/**
 * ResultPath (of a state or a Catcher) writes into the state's data: it cannot target the
 * read-only Context object ({@code $$}) nor a variable ({@code $name}); variables change only
 * through Assign.
 */
final class ResultPathRule implements Rule {
  @Override
  public void check(Definition def, Sink sink) {
    for (StateNode s : def.states()) {
      if (s.jsonata()) {
        continue; // ResultPath itself is rejected in JSONata by QueryLanguageRule
      }
      check(s.field("ResultPath"), s.pointer("ResultPath"), sink);
      JsonNode catchers = s.field("Catch");
      if (catchers != null && catchers.isArray()) {
        for (int i = 0; i < catchers.size(); i++) {
          String p = Pointers.child(Pointers.child(s.pointer("Catch"), i), "ResultPath");
          check(catchers.get(i).get("ResultPath"), p, sink);
        }
      }
    }
  }

  private static void check(JsonNode value, String pointer, Sink sink) {
    if (value == null || !value.isTextual()) {
      return;
    }
    String t = value.asText();
    if (t.startsWith("$$")) {
      sink.error(DiagnosticCode.INVALID_PATH, pointer,
          "ResultPath cannot target the Context object: " + t);
    } else if (t.length() > 1 && t.charAt(0) == '$' && Variables.isStart(t.codePointAt(1))) {
      sink.error(DiagnosticCode.INVALID_PATH, pointer,
          "ResultPath cannot reference a variable (" + t + "); assign variables with 'Assign'");
    }
  }
}
