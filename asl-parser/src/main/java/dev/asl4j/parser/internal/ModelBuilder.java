package dev.asl4j.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.Branch;
import dev.asl4j.parser.model.Common;
import dev.asl4j.parser.model.QueryLanguage;
import dev.asl4j.parser.model.State;
import dev.asl4j.parser.model.StateKind;
import dev.asl4j.parser.model.StateMachine;
import dev.asl4j.parser.spi.JsonataSyntaxChecker;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the model from a JSON tree, leniently: every problem becomes a diagnostic and building
 * goes on with a neutral value (a state whose {@code Type} is unusable is left out).
 */
final class ModelBuilder {
  final Problems problems;
  final TemplateBuilder templates;
  final ScalarFields scalars;
  private final StateBuilder states;
  private QueryLanguage machineLanguage = QueryLanguage.JSONPATH;

  ModelBuilder(Problems problems, JsonataSyntaxChecker jsonata) {
    this.problems = problems;
    this.templates = new TemplateBuilder(problems, jsonata);
    this.scalars = new ScalarFields(problems, templates);
    this.states = new StateBuilder(this);
  }

  StateMachine build(ObjectNode root) {
    FieldReader r = new FieldReader(root, "", problems);
    r.rejectUnknown(FieldNames.MACHINE);
    r.require("States", "StartAt");
    machineLanguage = r.enumValue("QueryLanguage", FieldNames.QUERY_LANGUAGES)
        .map(QueryLanguage::fromText)
        .orElse(QueryLanguage.JSONPATH);
    return new StateMachine(
        r.string("Comment"),
        r.nonEmptyString("StartAt").orElse(""),
        states(r),
        r.integer("TimeoutSeconds", 1, Checks.MAX_SECONDS),
        machineLanguage,
        r.string("Version"));
  }

  /** A Parallel branch or Map processor: {@code StartAt}, {@code States}, ... */
  Branch branch(ObjectNode node, String pointer, Set<String> allowed) {
    FieldReader r = new FieldReader(node, pointer, problems);
    r.rejectUnknown(allowed);
    r.require("States", "StartAt");
    return new Branch(pointer, r.string("Comment"), r.nonEmptyString("StartAt").orElse(""),
        states(r));
  }

  private Map<String, State> states(FieldReader r) {
    Map<String, State> out = new LinkedHashMap<>();
    Optional<ObjectNode> obj = r.object("States");
    if (obj.isEmpty()) {
      return out;
    }
    String statesPtr = r.ptr("States");
    for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>)
        obj.get()::fields) {
      String ptr = Pointers.child(statesPtr, e.getKey());
      if (!e.getValue().isObject()) {
        problems.schema(ptr, "Expected value of type Object");
        continue;
      }
      state(e.getKey(), (ObjectNode) e.getValue(), ptr).ifPresent(s -> out.put(e.getKey(), s));
    }
    return out;
  }

  private Optional<State> state(String name, ObjectNode node, String pointer) {
    FieldReader r = new FieldReader(node, pointer, problems);
    if (!r.require("Type")) {
      return Optional.empty();
    }
    Optional<String> type = r.enumValue("Type", FieldNames.STATE_TYPES);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    StateKind kind = StateKind.fromTypeName(type.get());
    r.rejectUnknown(FieldNames.of(kind));
    // A Map/Parallel's own QueryLanguage does not become its children's default: only the
    // machine's does, so the effective language depends on this state and the machine alone.
    QueryLanguage ql = r.enumValue("QueryLanguage", FieldNames.QUERY_LANGUAGES)
        .map(QueryLanguage::fromText)
        .orElse(machineLanguage);
    return Optional.of(states.build(kind, name, r, ql));
  }

  /** The fields every state shares; absent ones get their defaults. */
  Common common(String name, FieldReader r, QueryLanguage ql) {
    return new Common(
        name,
        r.pointer,
        r.string("Comment"),
        ql,
        r.nonEmptyString("Next"),
        r.bool("End").orElse(false),
        path(r, "InputPath", false),
        path(r, "OutputPath", false),
        assign(r, ql, "Assign"),
        output(r, "Output"));
  }

  /** {@code Assign}: an object, a payload template in JSONPath, a JSONata template otherwise. */
  Optional<Template> assign(FieldReader r, QueryLanguage ql, String field) {
    return r.object(field).map(o -> templates.forDialect(ql, o, r.ptr(field)));
  }

  /** {@code Output}: any JSON value, as a JSONata template (it exists only in JSONata). */
  Optional<Template> output(FieldReader r, String field) {
    JsonNode v = r.get(field);
    return v == null ? Optional.empty() : Optional.of(templates.jsonata(v, r.ptr(field)));
  }

  /** A JSONPath payload template field ({@code Parameters}, {@code ResultSelector}). */
  Optional<Template> payload(FieldReader r, String field) {
    JsonNode v = r.get(field);
    return v == null ? Optional.empty() : Optional.of(templates.payload(v, r.ptr(field)));
  }

  /** A JSONata template field ({@code Arguments}, {@code Items}). */
  Optional<Template> jsonata(FieldReader r, String field) {
    return output(r, field);
  }

  /** A field whose dialect decides ({@code ItemSelector}, {@code BatchInput}). */
  Optional<Template> dialect(FieldReader r, QueryLanguage ql, String field) {
    JsonNode v = r.get(field);
    return v == null ? Optional.empty() : Optional.of(templates.forDialect(ql, v, r.ptr(field)));
  }

  /**
   * A path field: absent gives {@link Path#ROOT}, JSON null gives {@link Path#NULL}; a bad path
   * is reported and read as {@link Path#ROOT}.
   */
  Path path(FieldReader r, String field, boolean reference) {
    JsonNode v = r.get(field);
    if (v == null) {
      return Path.ROOT;
    }
    if (v.isNull()) {
      return Path.NULL;
    }
    if (!v.isTextual()) {
      r.typeError(field, "String");
      return Path.ROOT;
    }
    Optional<Path> p = Paths.path(v.textValue(), reference);
    if (p.isEmpty()) {
      problems.error(DiagnosticCode.INVALID_PATH, r.ptr(field), reference
          ? "Value is not a Reference Path"
          : "The value for the field '" + field + "' must be a valid JSONPath");
    }
    return p.orElse(Path.ROOT);
  }
}
