package dev.asl4j.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.ChoiceRule;
import dev.asl4j.parser.model.ComparisonOperator;
import dev.asl4j.parser.model.Condition;
import dev.asl4j.parser.model.QueryLanguage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Choice rules: JSONPath boolean/data-test rules and JSONata {@code Condition}s. */
final class ChoiceBuilder {
  private static final List<String> CONDITION_KINDS = List.of("Condition", "And", "Or", "Not");

  /** Operator by field name (literal and Path forms), built once: rules are many. */
  private static final Map<String, ComparisonOperator> OPERATORS = new HashMap<>();

  static {
    for (ComparisonOperator op : ComparisonOperator.values()) {
      OPERATORS.put(op.fieldName(), op);
      if (op.hasPathForm()) {
        OPERATORS.put(op.fieldName() + "Path", op);
      }
    }
  }

  private final ModelBuilder m;

  ChoiceBuilder(ModelBuilder m) {
    this.m = m;
  }

  /** The top-level rules; a rule without a usable test is reported and left out. */
  List<ChoiceRule> rules(FieldReader state, QueryLanguage ql) {
    state.require("Choices");
    List<ChoiceRule> out = new ArrayList<>();
    for (FieldReader r : state.objects("Choices")) {
      r.rejectUnknown(FieldNames.TOP_RULE);
      Optional<Condition> c = condition(r);
      Optional<String> next = r.nonEmptyString("Next");
      Optional<Template> assign = m.assign(r, ql, "Assign");
      Optional<Template> output = m.output(r, "Output");
      Optional<String> comment = r.string("Comment");
      c.ifPresent(cond -> out.add(new ChoiceRule(r.pointer, cond, next, assign, output, comment)));
    }
    return out;
  }

  private Optional<Condition> nested(FieldReader r) {
    r.rejectUnknown(FieldNames.NESTED_RULE);
    r.string("Comment");
    return condition(r);
  }

  private Optional<Condition> condition(FieldReader r) {
    List<String> kinds = new ArrayList<>();
    for (String k : CONDITION_KINDS) {
      if (r.has(k)) {
        kinds.add(k);
      }
    }
    List<String> operators = operatorFields(r);
    if (!operators.isEmpty() || r.has("Variable")) {
      kinds.add("Variable");
    }
    if (kinds.size() > 1) {
      m.problems.schema(r.pointer, "There should only be one of the following fields: " + kinds);
    }
    if (kinds.isEmpty() && r.node.isEmpty()) {
      // Seen in a definition AWS accepted. An empty rule can never match: it is kept (so that
      // the pointers of the rules after it stay put) as an Or without operands, which is false.
      m.problems.warning(DiagnosticCode.SCHEMA_VALIDATION_FAILED, r.pointer,
          "An empty choice rule never matches");
      return Optional.of(new Condition.Or(r.pointer, List.of()));
    }
    if (kinds.isEmpty()) {
      m.problems.schema(r.pointer,
          "A choice rule needs one of Condition, And, Or, Not, or Variable with an operator");
      return Optional.empty();
    }
    switch (kinds.get(0)) {
      case "Condition":
        return jsonata(r);
      case "And":
        return Optional.of(new Condition.And(r.pointer, operands(r, "And")));
      case "Or":
        return Optional.of(new Condition.Or(r.pointer, operands(r, "Or")));
      case "Not":
        return r.child("Not").flatMap(this::nested).map(c -> new Condition.Not(r.pointer, c));
      default:
        return comparison(r, operators);
    }
  }

  private Optional<Condition> jsonata(FieldReader r) {
    JsonNode v = r.get("Condition");
    String ptr = r.ptr("Condition");
    if (v.isTextual()) {
      return Optional.of(new Condition.Jsonata(r.pointer, m.templates.jsonataString(v, ptr)));
    }
    if (!v.isBoolean()) {
      r.typeError("Condition", "Boolean");
    }
    return Optional.of(new Condition.Jsonata(r.pointer, new Template.Literal(ptr, v)));
  }

  private List<Condition> operands(FieldReader r, String field) {
    List<Condition> out = new ArrayList<>();
    for (FieldReader item : r.objects(field)) {
      nested(item).ifPresent(out::add);
    }
    return out;
  }

  private static List<String> operatorFields(FieldReader r) {
    List<String> out = new ArrayList<>(1);
    for (Iterator<String> it = r.node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (OPERATORS.containsKey(f)) {
        out.add(f);
      }
    }
    return out;
  }

  private Optional<Condition> comparison(FieldReader r, List<String> operators) {
    r.require("Variable");
    Path variable = r.has("Variable") ? path(r, "Variable") : Path.ROOT;
    if (operators.isEmpty()) {
      m.problems.schema(r.pointer, "The choice rule has no comparison operator");
      return Optional.empty();
    }
    if (operators.size() > 1) {
      m.problems.schema(r.pointer,
          "There should only be one of the following fields: " + operators);
    }
    String field = operators.get(0);
    ComparisonOperator op = OPERATORS.get(field);
    JsonNode v = r.get(field);
    if (!field.equals(op.fieldName())) {
      return Optional.of(new Condition.Comparison(r.pointer, variable, op, null, path(r, field)));
    }
    String expected = operandType(op);
    boolean ok = expected.equals("String") ? v.isTextual()
        : expected.equals("Number") ? v.isNumber() : v.isBoolean();
    if (!ok) {
      r.typeError(field, expected);
    }
    return Optional.of(new Condition.Comparison(r.pointer, variable, op, v, null));
  }

  private static String operandType(ComparisonOperator op) {
    String name = op.fieldName();
    if (name.startsWith("String") || name.startsWith("Timestamp")) {
      return "String";
    }
    if (name.startsWith("Numeric")) {
      return "Number";
    }
    return "Boolean"; // BooleanEquals and the Is* tests
  }

  private Path path(FieldReader r, String field) {
    JsonNode v = r.get(field);
    if (!v.isTextual()) {
      r.typeError(field, "String");
      return Path.ROOT;
    }
    Optional<Path> p = Paths.path(v.textValue(), false);
    if (p.isEmpty()) {
      m.problems.error(DiagnosticCode.INVALID_PATH, r.ptr(field),
          "The value for the field '" + field + "' must be a valid JSONPath");
    }
    return p.orElse(Path.ROOT);
  }
}
