package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.internal.expr.Scope;
import dev.asl4j.interpreter.internal.jsonata.JsonataEvaluator;
import dev.asl4j.interpreter.internal.jsonata.ValueType;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.ChoiceRule;
import dev.asl4j.parser.model.ChoiceState;
import dev.asl4j.parser.model.Common;
import dev.asl4j.parser.model.PassState;
import dev.asl4j.parser.model.WaitState;
import java.time.Instant;

/**
 * The JSONata data flow: {@code Arguments} → task → {@code Output} / {@code Assign}, every
 * expression seeing {@code $states} ({@code input}, {@code result}, {@code errorOutput}, {@code
 * context}) and the variables as they were when the state was entered. Without {@code Output},
 * Task/Map/Parallel pass on their result and other states their input; a Catcher passes on the
 * Error Output.
 */
final class JsonataFlow {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private JsonataFlow() {}

  private static JsonataEvaluator jsonata(Fiber f) {
    return f.run.engine.jsonata();
  }

  /**
   * {@code $states} for the current state, without its {@code context}: the evaluator adds that
   * from the scope ({@code context}) only when an expression reads it, since building the Context
   * object for every state costs more than most expressions.
   */
  static ObjectNode states(Scope context, JsonNode input, JsonNode result, JsonNode errorOutput) {
    ObjectNode s = F.objectNode();
    s.set("input", input);
    if (result != null) {
      s.set("result", result);
    }
    if (errorOutput != null) {
      s.set("errorOutput", errorOutput);
    }
    return s;
  }

  /** The field a template stands for in AWS's causes: its pointer's last token. */
  static String field(Template t) {
    String p = t.pointer() == null ? "" : t.pointer();
    return p.substring(p.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }

  /** Any value (literal or expressions at any depth) on the state input. */
  static JsonNode evaluate(Fiber f, Template t, JsonNode input) {
    if (t instanceof Template.Literal) {
      return ((Template.Literal) t).value();
    }
    return jsonata(f).evaluateTemplate(t, states(f, input, null, null), f, field(t));
  }

  /** A value of a required type (Seconds, TimeoutSeconds, MaxConcurrency, Error...). */
  static JsonNode evaluateAs(Fiber f, Template t, JsonNode input, ValueType type) {
    if (t instanceof Template.Literal) {
      return ((Template.Literal) t).value();
    }
    return jsonata(f).evaluateTemplateAs(t, states(f, input, null, null), f, field(t), type);
  }

  /** {@code Arguments} (Task, Parallel): the state input when absent. */
  static JsonNode arguments(Fiber f, Template args, JsonNode input) {
    return args == null ? input : evaluate(f, args, input);
  }

  static Outcome pass(Fiber f, PassState s) {
    return finish(f, s.common(), f.stateInput, null, f.node);
  }

  /** Task, Map, Parallel: Output/Assign over {@code $states.result}. */
  static Outcome finish(Fiber f, Node node, Common common, JsonNode result) {
    return finish(f, common, f.stateInput, result, node);
  }

  private static Outcome finish(Fiber f, Common c, JsonNode input, JsonNode result, Node node) {
    JsonNode out = outputAndAssign(f, c.output().orElse(null), c.assign().orElse(null),
        states(f, input, result, null), result != null ? result : input);
    return node.done(f, out);
  }

  /**
   * Evaluates Assign and Output against the same {@code $states} and variables (both see entry
   * values), then sets the variables; returns the output.
   */
  private static JsonNode outputAndAssign(
      Fiber f, Template output, Template assign, ObjectNode states, JsonNode dflt) {
    JsonNode vars = assign == null ? null : jsonata(f).evaluateTemplate(assign, states, f, "Assign");
    JsonNode out =
        output == null
            ? dflt
            : output instanceof Template.Literal
                ? ((Template.Literal) output).value()
                : jsonata(f).evaluateTemplate(output, states, f, "Output");
    Assignments.apply(f, vars);
    return out;
  }

  static Outcome choice(Fiber f, ChoiceState s, Node[] targets, Node defaultNext) {
    JsonNode in = f.stateInput;
    ObjectNode states = states(f, in, null, null);
    for (int i = 0; i < s.choices().size(); i++) {
      ChoiceRule r = s.choices().get(i);
      dev.asl4j.parser.model.Condition c = r.condition();
      if (!(c instanceof dev.asl4j.parser.model.Condition.Jsonata)) {
        continue;
      }
      Template cond = ((dev.asl4j.parser.model.Condition.Jsonata) c).condition();
      JsonNode v = cond instanceof Template.Literal
          ? ((Template.Literal) cond).value()
          : jsonata(f).evaluateTemplateAs(cond, states, f, "Condition", ValueType.BOOLEAN);
      if (v.asBoolean()) {
        f.output = outputAndAssign(f,
            r.output().or(() -> s.common().output()).orElse(null),
            r.assign().or(() -> s.common().assign()).orElse(null), states, in);
        f.next = targets[i];
        f.run.noteChoice(s.name(), i);
        return Outcome.NEXT;
      }
    }
    if (defaultNext == null) {
      return f.fail("States.NoChoiceMatched", null);
    }
    f.output = outputAndAssign(f, s.common().output().orElse(null),
        s.common().assign().orElse(null), states, in);
    f.next = defaultNext;
    f.run.noteChoice(s.name(), -1);
    return Outcome.NEXT;
  }

  static Outcome waitState(Fiber f, WaitState s) {
    JsonNode in = f.stateInput;
    Instant due;
    if (s.seconds().isPresent()) {
      JsonNode v = evaluateAs(f, s.seconds().get(), in, ValueType.INTEGER);
      Long secs = Seconds.whole(v);
      if (secs == null || secs < 0) { // as SecondsPath: a negative wait is refused, not skipped
        return f.fail("States.QueryEvaluationError", f.prefix()
            + "The Seconds field must be a non-negative integer of seconds, but was " + v);
      }
      due = Seconds.after(f.enteredTime, secs);
    } else {
      Template t = s.timestamp().orElseThrow();
      String text = evaluateAs(f, t, in, ValueType.STRING).asText();
      due = Exprs.parseTimestamp(text);
      if (due == null) {
        return f.fail("States.QueryEvaluationError", f.prefix()
            + "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format"
            + " string: " + text);
      }
      if (WaitNode.beyondMaximum(f, due)) {
        return f.runtimeError("The Timestamp field cannot be parsed as an ISO-8601 extended offset"
            + " date-time format string: " + text);
      }
    }
    JsonNode out = outputAndAssign(f, s.common().output().orElse(null),
        s.common().assign().orElse(null), states(f, in, null, null), in);
    f.sleepUntil(due, new Continuation.AfterWait(due, out));
    return Outcome.SUSPEND;
  }

  static JsonNode itemSelector(Fiber f, Scope scope, Template selector, JsonNode input) {
    if (selector instanceof Template.Literal) {
      return ((Template.Literal) selector).value();
    }
    return jsonata(f).evaluateTemplate(selector, states(scope, input, null, null), scope,
        "ItemSelector");
  }

  static JsonNode caughtOutput(Fiber f, CatchRule c, Failure err) {
    JsonNode eo = err.errorOutput();
    return outputAndAssign(f, c.output, c.assign, states(f, f.stateInput, null, eo), eo);
  }
}
