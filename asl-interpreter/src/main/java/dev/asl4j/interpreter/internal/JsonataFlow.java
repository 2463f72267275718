package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.internal.expr.AslException;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.interpreter.internal.expr.Scope;
import dev.asl4j.parser.model.ChoiceState;
import dev.asl4j.parser.model.Common;
import dev.asl4j.parser.model.PassState;
import dev.asl4j.parser.model.WaitState;

/** The JSONata data flow (Arguments / Output / Assign with {@code $states}). */
final class JsonataFlow {
  private JsonataFlow() {}

  private static AslException pending() {
    return new AslException("States.Runtime", "JSONata evaluation is not available yet", true);
  }

  static JsonNode evaluate(Fiber f, Template t, JsonNode input) {
    if (t instanceof Template.Literal) {
      return ((Template.Literal) t).value();
    }
    throw pending();
  }

  static JsonNode output(Fiber f, Template output, JsonNode input, JsonNode result) {
    if (output == null) {
      return result != null ? result : input;
    }
    return evaluate(f, output, input);
  }

  static Outcome pass(Fiber f, PassState s) {
    throw pending();
  }

  static Outcome choice(Fiber f, ChoiceState s, Node[] targets, Node defaultNext) {
    throw pending();
  }

  static Outcome waitState(Fiber f, WaitState s) {
    throw pending();
  }

  static Outcome finish(Fiber f, Node node, Common common, JsonNode result) {
    throw pending();
  }

  static JsonNode itemSelector(Fiber f, Scope scope, Template selector, JsonNode input) {
    throw pending();
  }

  static JsonNode caughtOutput(Fiber f, CatchRule c, Failure err) {
    if (c.output == null) {
      return err.errorOutput();
    }
    throw pending();
  }
}
