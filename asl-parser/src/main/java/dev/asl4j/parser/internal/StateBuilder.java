package dev.asl4j.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.Branch;
import dev.asl4j.parser.model.ChoiceState;
import dev.asl4j.parser.model.FailState;
import dev.asl4j.parser.model.ParallelState;
import dev.asl4j.parser.model.PassState;
import dev.asl4j.parser.model.QueryLanguage;
import dev.asl4j.parser.model.State;
import dev.asl4j.parser.model.StateKind;
import dev.asl4j.parser.model.SucceedState;
import dev.asl4j.parser.model.TaskState;
import dev.asl4j.parser.model.WaitState;
import dev.asl4j.parser.internal.ScalarFields.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds each state type from its object; the single switch over {@link StateKind}. */
final class StateBuilder {
  private static final Spec TIMEOUT = Spec.integer("TimeoutSeconds", 1, Checks.MAX_SECONDS);
  private static final Spec HEARTBEAT = Spec.integer("HeartbeatSeconds", 1, Checks.MAX_SECONDS);
  private static final Spec SECONDS = Spec.integer("Seconds", 0, Checks.MAX_SECONDS);
  private static final Spec TIMESTAMP = Spec.timestamp("Timestamp");
  private static final Spec ERROR = Spec.stringOrIntrinsic("Error");
  private static final Spec CAUSE = Spec.stringOrIntrinsic("Cause");

  private final ModelBuilder m;
  private final ErrorHandlers handlers;
  private final ChoiceBuilder choices;
  private final MapBuilder maps;

  StateBuilder(ModelBuilder m) {
    this.m = m;
    this.handlers = new ErrorHandlers(m);
    this.choices = new ChoiceBuilder(m);
    this.maps = new MapBuilder(m, handlers);
  }

  State build(StateKind kind, String name, FieldReader r, QueryLanguage ql) {
    switch (kind) {
      case PASS:
        return new PassState(m.common(name, r, ql), Optional.ofNullable(r.get("Result")),
            m.payload(r, "Parameters"), m.path(r, "ResultPath", true));
      case TASK:
        return task(name, r, ql);
      case CHOICE:
        return new ChoiceState(m.common(name, r, ql), choices.rules(r, ql),
            r.nonEmptyString("Default"));
      case WAIT:
        return new WaitState(m.common(name, r, ql), m.scalars.read(r, ql, SECONDS),
            m.scalars.read(r, ql, TIMESTAMP));
      case SUCCEED:
        return new SucceedState(m.common(name, r, ql));
      case FAIL:
        return new FailState(m.common(name, r, ql), m.scalars.read(r, ql, ERROR),
            m.scalars.read(r, ql, CAUSE));
      case PARALLEL:
        return parallel(name, r, ql);
      case MAP:
        return maps.build(name, r, ql);
      default:
        throw new AssertionError(kind);
    }
  }

  private TaskState task(String name, FieldReader r, QueryLanguage ql) {
    r.require("Resource");
    return new TaskState(
        m.common(name, r, ql),
        resource(r),
        m.payload(r, "Parameters"),
        m.jsonata(r, "Arguments"),
        m.payload(r, "ResultSelector"),
        m.path(r, "ResultPath", true),
        m.scalars.read(r, ql, TIMEOUT),
        m.scalars.read(r, ql, HEARTBEAT),
        credentials(r, ql),
        handlers.retry(r),
        handlers.catchers(r, ql));
  }

  /**
   * {@code Resource}. A CloudFormation intrinsic object ({@code {"Ref": ...}}, {@code
   * {"Fn::GetAtt": ...}}) is kept as its JSON text: such definitions are templates that tools
   * accept before deployment, and the validator judges the resulting text.
   */
  private static String resource(FieldReader r) {
    JsonNode v = r.get("Resource");
    if (v != null && v.isObject() && v.size() == 1) {
      String key = v.fieldNames().next();
      if (key.equals("Ref") || key.startsWith("Fn::")) {
        return v.toString();
      }
    }
    return r.nonEmptyString("Resource").orElse("");
  }

  private Optional<Template> credentials(FieldReader r, QueryLanguage ql) {
    Optional<ObjectNode> obj = r.object("Credentials");
    if (obj.isEmpty()) {
      return Optional.empty();
    }
    String ptr = r.ptr("Credentials");
    if (!hasRoleArn(obj.get())) {
      m.problems.schema(ptr, "The field 'RoleArn' is required but was missing");
    }
    return Optional.of(m.templates.forDialect(ql, obj.get(), ptr));
  }

  /** Whether a RoleArn field is present; AWS matches the name without regard to case. */
  private static boolean hasRoleArn(ObjectNode credentials) {
    for (java.util.Iterator<String> it = credentials.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (f.equalsIgnoreCase("RoleArn") || f.equalsIgnoreCase("RoleArn.$")) {
        return true;
      }
    }
    return false;
  }

  private ParallelState parallel(String name, FieldReader r, QueryLanguage ql) {
    r.require("Branches");
    List<Branch> branches = new ArrayList<>();
    Optional<ArrayNode> arr = r.array("Branches");
    if (arr.isPresent()) {
      String ptr = r.ptr("Branches");
      int i = 0;
      for (JsonNode b : arr.get()) {
        String bp = Pointers.child(ptr, i++);
        if (b.isObject()) {
          branches.add(m.branch((ObjectNode) b, bp, FieldNames.BRANCH));
        } else {
          m.problems.schema(bp, "Expected value of type Object");
        }
      }
    }
    return new ParallelState(
        m.common(name, r, ql),
        branches,
        m.payload(r, "Parameters"),
        m.jsonata(r, "Arguments"),
        m.payload(r, "ResultSelector"),
        m.path(r, "ResultPath", true),
        handlers.retry(r),
        handlers.catchers(r, ql));
  }
}
