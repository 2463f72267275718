package dev.asl4j.parser.internal;

import static dev.asl4j.parser.internal.TemplateWriter.F;
import static dev.asl4j.parser.internal.TemplateWriter.put;
import static dev.asl4j.parser.internal.TemplateWriter.putPair;
import static dev.asl4j.parser.internal.TemplateWriter.putPath;
import static dev.asl4j.parser.internal.TemplateWriter.putString;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.model.Branch;
import dev.asl4j.parser.model.ChoiceRule;
import dev.asl4j.parser.model.ChoiceState;
import dev.asl4j.parser.model.Common;
import dev.asl4j.parser.model.Condition;
import dev.asl4j.parser.model.FailState;
import dev.asl4j.parser.model.MapState;
import dev.asl4j.parser.model.ParallelState;
import dev.asl4j.parser.model.PassState;
import dev.asl4j.parser.model.QueryLanguage;
import dev.asl4j.parser.model.State;
import dev.asl4j.parser.model.StateMachine;
import dev.asl4j.parser.model.SucceedState;
import dev.asl4j.parser.model.TaskState;
import dev.asl4j.parser.model.WaitState;
import java.util.Map;

/**
 * Writes a model back to a JSON tree that parses into an equal model. Not API; use {@link
 * dev.asl4j.parser.AslWriter}.
 */
public final class ModelWriter {
  private final QueryLanguage machineLanguage;
  private final ErrorHandlerWriter handlers = new ErrorHandlerWriter();

  private ModelWriter(QueryLanguage machineLanguage) {
    this.machineLanguage = machineLanguage;
  }

  /** The definition of {@code sm} as a JSON object. */
  public static ObjectNode write(StateMachine sm) {
    ModelWriter w = new ModelWriter(sm.queryLanguage());
    ObjectNode o = F.objectNode();
    putString(o, "Comment", sm.comment());
    if (sm.queryLanguage() != QueryLanguage.JSONPATH) {
      o.put("QueryLanguage", sm.queryLanguage().text());
    }
    o.put("StartAt", sm.startAt());
    o.set("States", w.states(sm.states()));
    sm.timeoutSeconds().ifPresent(t -> o.put("TimeoutSeconds", t));
    putString(o, "Version", sm.version());
    return o;
  }

  ObjectNode branch(Branch b) {
    ObjectNode o = F.objectNode();
    putString(o, "Comment", b.comment());
    o.put("StartAt", b.startAt());
    o.set("States", states(b.states()));
    return o;
  }

  private ObjectNode states(Map<String, State> states) {
    ObjectNode o = F.objectNode();
    states.forEach((name, s) -> o.set(name, state(s)));
    return o;
  }

  private ObjectNode state(State s) {
    ObjectNode o = F.objectNode();
    o.put("Type", s.kind().typeName());
    Common c = s.common();
    putString(o, "Comment", c.comment());
    // A state's effective language equals the machine's unless the state set its own.
    if (c.queryLanguage() != machineLanguage) {
      o.put("QueryLanguage", c.queryLanguage().text());
    }
    putPath(o, "InputPath", c.inputPath());
    switch (s.kind()) {
      case PASS:
        pass((PassState) s, o);
        break;
      case TASK:
        task((TaskState) s, o);
        break;
      case CHOICE:
        choice((ChoiceState) s, o);
        break;
      case WAIT:
        putPair(o, "Seconds", ((WaitState) s).seconds());
        putPair(o, "Timestamp", ((WaitState) s).timestamp());
        break;
      case SUCCEED:
        break;
      case FAIL:
        putPair(o, "Error", ((FailState) s).error());
        putPair(o, "Cause", ((FailState) s).cause());
        break;
      case PARALLEL:
        parallel((ParallelState) s, o);
        break;
      case MAP:
        new MapWriter(this, handlers).map((MapState) s, o);
        break;
      default:
        throw new AssertionError(s.kind());
    }
    putPath(o, "OutputPath", c.outputPath());
    put(o, "Assign", c.assign());
    put(o, "Output", c.output());
    putString(o, "Next", c.next());
    if (c.end()) {
      o.put("End", true);
    }
    return o;
  }

  private static void pass(PassState s, ObjectNode o) {
    s.result().ifPresent(r -> o.set("Result", r));
    put(o, "Parameters", s.parameters());
    putPath(o, "ResultPath", s.resultPath());
  }

  private void task(TaskState s, ObjectNode o) {
    o.put("Resource", s.resource());
    put(o, "Parameters", s.parameters());
    put(o, "Arguments", s.arguments());
    put(o, "Credentials", s.credentials());
    put(o, "ResultSelector", s.resultSelector());
    putPath(o, "ResultPath", s.resultPath());
    putPair(o, "TimeoutSeconds", s.timeoutSeconds());
    putPair(o, "HeartbeatSeconds", s.heartbeatSeconds());
    handlers.write(o, s.retry(), s.catchers());
  }

  private void parallel(ParallelState s, ObjectNode o) {
    ArrayNode branches = o.putArray("Branches");
    s.branches().forEach(b -> branches.add(branch(b)));
    put(o, "Parameters", s.parameters());
    put(o, "Arguments", s.arguments());
    put(o, "ResultSelector", s.resultSelector());
    putPath(o, "ResultPath", s.resultPath());
    handlers.write(o, s.retry(), s.catchers());
  }

  private static void choice(ChoiceState s, ObjectNode o) {
    ArrayNode rules = o.putArray("Choices");
    for (ChoiceRule r : s.choices()) {
      ObjectNode rule = condition(r.condition());
      putString(rule, "Next", r.next());
      put(rule, "Assign", r.assign());
      put(rule, "Output", r.output());
      putString(rule, "Comment", r.comment());
      rules.add(rule);
    }
    putString(o, "Default", s.defaultNext());
  }

  private static ObjectNode condition(Condition c) {
    ObjectNode o = F.objectNode();
    if (c instanceof Condition.And) {
      ArrayNode a = o.putArray("And");
      ((Condition.And) c).operands().forEach(x -> a.add(condition(x)));
    } else if (c instanceof Condition.Or) {
      ArrayNode a = o.putArray("Or");
      ((Condition.Or) c).operands().forEach(x -> a.add(condition(x)));
    } else if (c instanceof Condition.Not) {
      o.set("Not", condition(((Condition.Not) c).operand()));
    } else if (c instanceof Condition.Comparison) {
      Condition.Comparison cmp = (Condition.Comparison) c;
      o.put("Variable", cmp.variable().text());
      if (cmp.valuePath() != null) {
        o.put(cmp.operator().fieldName() + "Path", cmp.valuePath().text());
      } else {
        o.set(cmp.operator().fieldName(), cmp.value());
      }
    } else {
      o.set("Condition", TemplateWriter.write(((Condition.Jsonata) c).condition()));
    }
    return o;
  }
}
