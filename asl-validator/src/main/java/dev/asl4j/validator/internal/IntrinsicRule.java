package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.expr.ExpressionSyntaxException;
import dev.asl4j.parser.expr.IntrinsicCall;
import dev.asl4j.parser.expr.IntrinsicFunctions;
import dev.asl4j.parser.model.StateKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
    List<String> problems = new ArrayList<>();
    problems(call, problems);
    for (String problem : problems) {
      sink.error(DiagnosticCode.INVALID_INTRINSIC, pointer, subject
          + " must be a valid JSONPath or a valid intrinsic function call: " + problem);
    }
  }

  /** Everything wrong with {@code call} and its nested calls. */
  static void problems(IntrinsicCall call, List<String> out) {
    Optional<IntrinsicFunctions.Signature> sig = IntrinsicFunctions.lookup(call.name());
    if (sig.isEmpty()) {
      out.add("'" + call.name() + "' is not an intrinsic function");
    } else if (!sig.get().accepts(call.args().size())) {
      out.add(call.name() + " takes " + arity(sig.get()) + ", got " + call.args().size());
    }
    for (int i = 0; i < call.args().size(); i++) {
      IntrinsicCall.Arg a = call.args().get(i);
      if (a instanceof IntrinsicCall.LiteralArg && sig.isPresent()) {
        JsonNode v = ((IntrinsicCall.LiteralArg) a).value();
        IntrinsicSignatures.Kind k = IntrinsicSignatures.kindAt(call.name(), i);
        if (!k.accepts(v)) {
          out.add(call.name() + " argument " + (i + 1) + " must be a path or a "
              + k.name().toLowerCase(Locale.ROOT) + ", got " + v);
        }
      } else if (a instanceof IntrinsicCall.CallArg) {
        problems(((IntrinsicCall.CallArg) a).call(), out);
      }
    }
  }

  static String arity(IntrinsicFunctions.Signature sig) {
    int min = sig.minArgs();
    if (sig.maxArgs() == min) {
      return min + (min == 1 ? " argument" : " arguments");
    }
    return sig.maxArgs() == IntrinsicFunctions.UNBOUNDED
        ? "at least " + min + (min == 1 ? " argument" : " arguments")
        : min + " to " + sig.maxArgs() + " arguments";
  }
}
