package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.interpreter.internal.expr.Scope;
import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;

/**
 * The JSONPath data-flow pipeline: InputPath → Parameters → (task) → ResultSelector → ResultPath →
 * OutputPath. Values are never mutated: ResultPath copies only the spine it changes.
 */
final class DataFlow {
  private DataFlow() {}

  static boolean isRoot(Path p) {
    return p == Path.ROOT || (!p.isNull() && p.text().equals("$"));
  }

  /** InputPath / OutputPath: {@code $} keeps the value, {@code null} gives {@code {}}. */
  static JsonNode select(Path p, JsonNode value, Scope scope) {
    if (isRoot(p)) {
      return value;
    }
    if (p.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    return Exprs.read(p, value, scope);
  }

  /** ResultPath: {@code $} takes the result, {@code null} keeps the raw input. */
  static JsonNode merge(Path p, JsonNode rawInput, JsonNode result) {
    if (isRoot(p)) {
      return result;
    }
    if (p.isNull()) {
      return rawInput;
    }
    return Exprs.write(rawInput, p, result);
  }

  /** A payload template, or {@code value} itself when there is none. */
  static JsonNode template(Template t, JsonNode value, Fiber f) {
    if (t == null) {
      return value;
    }
    if (t instanceof Template.Literal) {
      return ((Template.Literal) t).value();
    }
    return Exprs.evaluate(f, t, value, f);
  }

  /**
   * The output of a state whose error a Catcher matched: the Error Output placed at the
   * Catcher's ResultPath within the state's raw input.
   */
  static Outcome caught(Fiber f, CatchRule c, Failure err) {
    if (f.node.jsonata) {
      f.output = JsonataFlow.caughtOutput(f, c, err);
    } else {
      JsonNode errorOutput = err.errorOutput();
      Assignments.assign(f, c.assign, errorOutput); // a Catcher's Assign sees the Error Output
      f.output = merge(c.resultPath, f.stateInput, errorOutput);
    }
    return Outcome.NEXT;
  }
}
