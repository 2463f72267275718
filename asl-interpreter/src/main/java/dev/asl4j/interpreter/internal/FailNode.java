package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.internal.jsonata.ValueType;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.FailState;

/** {@code Fail}: fails the branch with Error/Cause (literal, path, intrinsic or JSONata). */
final class FailNode extends Node {
  private final Template error;
  private final Template cause;

  FailNode(FailState s) {
    super(s, EventType.FAIL_STATE_ENTERED, null);
    this.error = s.error().orElse(null);
    this.cause = s.cause().orElse(null);
  }

  @Override
  Outcome execute(Fiber f) {
    return f.fail(text(f, error), text(f, cause));
  }

  private String text(Fiber f, Template t) {
    if (t == null) {
      return null;
    }
    JsonNode v =
        jsonata
            ? JsonataFlow.evaluateAs(f, t, f.stateInput, ValueType.STRING)
            : DataFlow.template(t, f.stateInput, f);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isTextual() ? v.textValue() : v.toString();
  }
}
