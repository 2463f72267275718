package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.expr.IntrinsicCall;
import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.ComparisonOperator;
import dev.asl4j.parser.model.Condition;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A throwaway interpreter for conformance cases made only of Pass, Choice, Succeed and Fail states
 * in JSONPath, so the expression classes can be checked against AWS's recorded results before the
 * real engine exists. It reads the raw definition JSON itself.
 */
final class MiniMachine {
  /** What a run ended with. */
  record Outcome(String status, JsonNode output, String error, String cause) {}

  private final Templates templates = new Templates(new Intrinsics(new SplittableRandom(7)));

  /** Whether the definition is within what this runner supports. */
  static boolean supports(JsonNode definition) {
    String text = definition.toString();
    if (text.contains("\"QueryLanguage\"") || text.contains("\"Assign\"")) {
      return false;
    }
    for (JsonNode s : definition.get("States")) {
      String type = s.path("Type").asText();
      if (!List.of("Pass", "Choice", "Succeed", "Fail").contains(type)) {
        return false;
      }
    }
    return true;
  }

  Outcome run(JsonNode definition, JsonNode input, TestScope scope) throws Exception {
    String name = definition.get("StartAt").asText();
    JsonNode data = input;
    for (int step = 0; step < 1000; step++) {
      JsonNode state = definition.get("States").get(name);
      String type = state.get("Type").asText();
      if (scope.contextObject() instanceof ObjectNode) {
        // test-only: the context object is ours to update as states are entered
        ObjectNode st = ((ObjectNode) scope.contextObject()).putObject("State");
        st.put("Name", name).put("EnteredTime", "2024-01-01T00:00:00.000Z").put("RetryCount", 0);
      }
      try {
        if (type.equals("Fail")) {
          return new Outcome("FAILED", null, failField(state, "Error", name, data, scope),
              failField(state, "Cause", name, data, scope));
        }
        JsonNode effective = Paths.require(path(state, "InputPath"), data, scope);
        JsonNode output;
        String next = state.path("Next").asText(null);
        if (type.equals("Pass")) {
          JsonNode parameters = state.get("Parameters");
          JsonNode result = state.has("Result") ? state.get("Result")
              : parameters == null ? effective
              : templates.evaluate(template(parameters, "/Parameters"), effective, scope,
                  JsonataHook.NONE);
          output = Paths.write(refPath(state, "ResultPath"), data, result);
        } else if (type.equals("Choice")) {
          output = effective;
          next = state.path("Default").asText(null);
          for (JsonNode rule : state.get("Choices")) {
            if (Conditions.evaluate(condition(rule), effective, scope, JsonataHook.NONE)) {
              next = rule.get("Next").asText();
              break;
            }
          }
          if (next == null) {
            return new Outcome("FAILED", null, "States.NoChoiceMatched", null);
          }
        } else {
          output = effective;
        }
        data = Paths.require(path(state, "OutputPath"), output, scope);
        if (type.equals("Succeed") || state.path("End").asBoolean(false)) {
          return new Outcome("SUCCEEDED", data, null, null);
        }
        name = next;
      } catch (AslException e) {
        String cause = e.statePrefixed()
            ? "An error occurred while executing the state '" + name
                + "' (entered at the event id #2). " + e.error().cause()
            : e.error().cause();
        return new Outcome("FAILED", null, e.error().name(), cause);
      }
    }
    throw new IllegalStateException("too many steps");
  }

  /** Error/Cause, or ErrorPath/CausePath (a path or an intrinsic) evaluated on the input. */
  private String failField(JsonNode state, String field, String name, JsonNode input,
      TestScope scope) throws Exception {
    if (state.has(field)) {
      return state.get(field).asText();
    }
    if (!state.has(field + "Path")) {
      return null;
    }
    String expr = state.get(field + "Path").asText();
    String pointer = "/States/" + name + "/" + field + "Path";
    Template t = expr.startsWith("$")
        ? new Template.PathValue(pointer, Path.parse(expr))
        : new Template.IntrinsicValue(pointer, IntrinsicCall.parse(expr));
    return templates.evaluate(t, input, scope, JsonataHook.NONE).asText();
  }

  private static Path path(JsonNode state, String field) throws Exception {
    if (!state.has(field)) {
      return Path.ROOT;
    }
    return state.get(field).isNull() ? Path.NULL : Path.parse(state.get(field).asText());
  }

  private static Path refPath(JsonNode state, String field) throws Exception {
    if (!state.has(field)) {
      return Path.ROOT;
    }
    return state.get(field).isNull() ? Path.NULL : Path.parseReference(state.get(field).asText());
  }

  static Template template(JsonNode node, String pointer) throws Exception {
    if (node.isObject()) {
      List<Template.Field> fields = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        String at = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
        if (key.endsWith(".$") && e.getValue().isTextual()) {
          String v = e.getValue().textValue();
          Template value = v.startsWith("$")
              ? new Template.PathValue(at, Path.parse(v))
              : new Template.IntrinsicValue(at, IntrinsicCall.parse(v));
          fields.add(new Template.Field(key.substring(0, key.length() - 2), true, value));
        } else {
          fields.add(new Template.Field(key, false, template(e.getValue(), at)));
        }
      }
      return new Template.Obj(pointer, fields);
    }
    if (node.isArray()) {
      List<Template> items = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        items.add(template(node.get(i), pointer + "/" + i));
      }
      return new Template.Arr(pointer, items);
    }
    return new Template.Literal(pointer, node);
  }

  static Condition condition(JsonNode rule) throws Exception {
    if (rule.has("And") || rule.has("Or")) {
      List<Condition> operands = new ArrayList<>();
      for (JsonNode r : rule.has("And") ? rule.get("And") : rule.get("Or")) {
        operands.add(condition(r));
      }
      return rule.has("And") ? new Condition.And("", operands) : new Condition.Or("", operands);
    }
    if (rule.has("Not")) {
      return new Condition.Not("", condition(rule.get("Not")));
    }
    Path variable = Path.parseReference(rule.get("Variable").asText());
    for (Iterator<String> it = rule.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      ComparisonOperator op = ComparisonOperator.fromField(field);
      if (op == null) {
        continue;
      }
      JsonNode v = rule.get(field);
      boolean pathForm = field.endsWith("Path") && !field.equals(op.fieldName());
      return new Condition.Comparison("", variable, op, pathForm ? null : v,
          pathForm ? Path.parseReference(v.asText()) : null);
    }
    throw new IllegalArgumentException("no operator in " + rule);
  }
}
