package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.model.ComparisonOperator;
import dev.asl4j.parser.model.StateKind;

/**
 * AWS's three warnings about JSONPath values that are probably not what the author meant:
 * NO_DOLLAR (a path or intrinsic under a key without {@code .$}, so it stays plain text), NO_PATH
 * (a path given to a literal field that has a {@code ...Path} twin) and PASS_RESULT_IS_STATIC (a
 * {@code .$} key in a Pass state's Result, which is never evaluated).
 */
final class PayloadWarningsRule implements Rule {
  @Override
  public void check(Definition def, Sink sink) {
    for (StateNode s : def.states()) {
      if (s.jsonata()) {
        continue;
      }
      for (Templates.Root root : Templates.roots(s)) {
        if (root.field().equals("Output") || root.field().equals("Arguments")) {
          continue; // JSONata fields: QueryLanguageRule rejects them in JSONPath states
        }
        Templates.walk(root.pointer(), root.value(), (p, key, value) -> {
          if (!key.endsWith(".$") && value.isTextual() && looksDynamic(value.asText())) {
            sink.warning(DiagnosticCode.NO_DOLLAR, p, "The value of '" + key + "' looks like a"
                + " JSONPath or an intrinsic function call, but the field name does not end with"
                + " '.$', so it is used as plain text");
          }
        });
      }
      if (s.kind() == StateKind.PASS && s.field("Result") != null) {
        Templates.walk(s.pointer("Result"), s.field("Result"), (p, key, value) -> {
          if (key.endsWith(".$")) {
            sink.warning(DiagnosticCode.PASS_RESULT_IS_STATIC, p, "A Pass state's 'Result' is"
                + " static: '" + key + "' is not evaluated; use 'Parameters' to compute values");
          }
        });
      }
      if (s.kind() == StateKind.FAIL) {
        for (String f : new String[] {"Error", "Cause"}) {
          String v = s.text(f);
          if (v != null && looksLikePath(v)) {
            sink.warning(DiagnosticCode.NO_PATH, s.pointer(f), "The value of '" + f + "' looks"
                + " like a path, but the field name does not end with 'Path'; use '" + f
                + "Path' to read it from the input");
          }
        }
      }
      JsonNode choices = s.kind() == StateKind.CHOICE ? s.field("Choices") : null;
      if (choices != null && choices.isArray()) {
        for (int i = 0; i < choices.size(); i++) {
          rule(choices.get(i), Pointers.child(s.pointer("Choices"), i), sink);
        }
      }
    }
  }

  private static void rule(JsonNode rule, String pointer, Sink sink) {
    if (!rule.isObject()) {
      return;
    }
    rule.fields().forEachRemaining(e -> {
      String name = e.getKey();
      JsonNode v = e.getValue();
      ComparisonOperator op = ComparisonOperator.fromField(name);
      String p = Pointers.child(pointer, name);
      if (op != null && op.hasPathForm() && name.equals(op.fieldName()) && v.isTextual()
          && looksLikePath(v.asText())) {
        sink.warning(DiagnosticCode.NO_PATH, p, "The value of '" + name + "' looks like a path,"
            + " but the field name does not end with 'Path'; use '" + name + "Path' to compare"
            + " with the value at that path");
      } else if ((name.equals("And") || name.equals("Or")) && v.isArray()) {
        for (int i = 0; i < v.size(); i++) {
          rule(v.get(i), Pointers.child(p, i), sink);
        }
      } else if (name.equals("Not")) {
        rule(v, p, sink);
      }
    });
  }

  /** A JSONPath on the input or the context: what a {@code ...Path} field would expect. */
  static boolean looksLikePath(String v) {
    return v.equals("$") || v.equals("$$") || v.startsWith("$.") || v.startsWith("$[")
        || v.startsWith("$$.");
  }

  /**
   * A path or an intrinsic call. Variables ({@code $name}) are left out on purpose: plain text
   * such as Lambda's {@code $LATEST} qualifier looks the same.
   */
  static boolean looksDynamic(String v) {
    return looksLikePath(v) || (v.startsWith("States.") && v.endsWith(")") && v.indexOf('(') > 0);
  }
}
