package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.expr.ExpressionSyntaxException;
import dev.asl4j.parser.expr.IntrinsicCall;
import dev.asl4j.parser.model.StateKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Intrinsic calls in JSONPath states name a function AWS defines and pass it the right number of
 * arguments, with literal arguments of the right type. Syntax errors are the parser's to report.
 */
final class IntrinsicRule implements Rule {
  @Override
  public void check(Definition def, Sink sink) {
    for (StateNode s : def.states()) {
      if (s.jsonata()) {
        continue; // JSONata states have no intrinsics; a '.$' key there is not evaluated
      }
      for (Templates.Root root : Templates.roots(s)) {
        Templates.walk(root.pointer(), root.value(), (p, key, value) -> {
          if (key.endsWith(".$") && value.isTextual()) {
            checkText(value.asText(), p, "The value for the field '" + key + "'", sink);
          }
        });
      }
      if (s.kind() == StateKind.FAIL) {
        for (String f : new String[] {"ErrorPath", "CausePath"}) {
          String v = s.text(f);
          if (v != null) {
            checkText(v, s.pointer(f), "The value for the field '" + f + "'", sink);
          }
        }
      }
    }
  }

  static void checkText(String text, String pointer, String subject, Sink sink) {
    String t = text.trim();
    if (!IntrinsicCall.looksLikeCall(t)) {
      return;
    }
    IntrinsicCall call;
    try {
      call = IntrinsicCall.parse(t);
    } catch (ExpressionSyntaxException | RuntimeException e) {
      return; // a syntax error: the parser reports it as INVALID_PATH
    }
    if (!call.args().isEmpty() || t.substring(t.indexOf('(') + 1, t.length() - 1).isBlank()) {
      List<String> problems = new ArrayList<>();
      problems(call, problems);
      for (String problem : problems) {
        sink.error(DiagnosticCode.INVALID_INTRINSIC, pointer, subject
            + " must be a valid JSONPath or a valid intrinsic function call: " + problem);
      }
    } else {
      // A parser that returned no arguments for a non-empty list cannot be trusted on arity.
      nameOnly(call, pointer, subject, sink);
    }
  }

  /** Everything wrong with {@code call} and its nested calls. */
  static void problems(IntrinsicCall call, List<String> out) {
    IntrinsicSignatures.Signature sig = IntrinsicSignatures.find(call.name());
    if (sig == null) {
      out.add("'" + call.name() + "' is not an intrinsic function");
    } else {
      int n = call.args().size();
      if (n < sig.min() || (sig.max() >= 0 && n > sig.max())) {
        out.add(call.name() + " takes " + sig.arity() + ", got " + n);
      }
      for (int i = 0; i < n; i++) {
        IntrinsicCall.Arg a = call.args().get(i);
        if (a instanceof IntrinsicCall.LiteralArg) {
          JsonNode v = ((IntrinsicCall.LiteralArg) a).value();
          IntrinsicSignatures.Kind k = sig.kindAt(i);
          if (!k.accepts(v)) {
            out.add(call.name() + " argument " + (i + 1) + " must be a path or a "
                + k.name().toLowerCase(java.util.Locale.ROOT) + ", got " + v);
          }
        }
      }
    }
    for (IntrinsicCall.Arg a : call.args()) {
      if (a instanceof IntrinsicCall.CallArg) {
        problems(((IntrinsicCall.CallArg) a).call(), out);
      }
    }
  }

  private static void nameOnly(IntrinsicCall call, String pointer, String subject, Sink sink) {
    if (IntrinsicSignatures.find(call.name()) == null) {
      sink.error(DiagnosticCode.INVALID_INTRINSIC, pointer, subject
          + " must be a valid JSONPath or a valid intrinsic function call: '" + call.name()
          + "' is not an intrinsic function");
    }
  }
}
