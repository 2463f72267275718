package dev.asl4j.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.expr.JsonataExpr;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.QueryLanguage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns field values into {@link Template}s: JSONPath payload templates ({@code "key.$"} keys at
 * any depth) and JSONata templates ({@code "{% expr %}"} strings at any depth). Static subtrees
 * collapse into one {@link Template.Literal}. Recursion depth is bounded by the reader's maxDepth.
 */
final class TemplateBuilder {
  private final Problems problems;

  TemplateBuilder(Problems problems) {
    this.problems = problems;
  }

  /** A template in the dialect {@code ql}: a payload template for JSONPath, else JSONata. */
  Template forDialect(QueryLanguage ql, JsonNode node, String pointer) {
    return ql == QueryLanguage.JSONATA ? jsonata(node, pointer) : payload(node, pointer);
  }

  /** A JSONPath payload template; bad dynamic values are reported at {@code pointer}. */
  Template payload(JsonNode node, String pointer) {
    return payload(node, pointer, pointer);
  }

  private Template payload(JsonNode node, String pointer, String field) {
    if (node.isObject()) {
      List<Template.Field> fields = new ArrayList<>(node.size());
      boolean dynamic = false;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        String ptr = Pointers.child(pointer, key);
        if (key.endsWith(".$")) {
          String name = key.substring(0, key.length() - 2);
          fields.add(new Template.Field(name, true, dynamicValue(e.getValue(), ptr, key, field)));
          dynamic = true;
        } else {
          Template t = payload(e.getValue(), ptr, field);
          dynamic |= !t.isStatic();
          fields.add(new Template.Field(key, false, t));
        }
      }
      return dynamic ? new Template.Obj(pointer, fields) : new Template.Literal(pointer, node);
    }
    if (node.isArray()) {
      List<Template> items = new ArrayList<>(node.size());
      boolean dynamic = false;
      int i = 0;
      for (JsonNode item : node) {
        Template t = payload(item, Pointers.child(pointer, i++), field);
        dynamic |= !t.isStatic();
        items.add(t);
      }
      return dynamic ? new Template.Arr(pointer, items) : new Template.Literal(pointer, node);
    }
    return new Template.Literal(pointer, node);
  }

  /** The value of a {@code "key.$"} field: a path or an intrinsic call. */
  private Template dynamicValue(JsonNode value, String pointer, String key, String field) {
    if (value.isTextual()) {
      Optional<Template> t = pathOrIntrinsic(value.textValue(), pointer);
      if (t.isPresent()) {
        return t.get();
      }
    }
    problems.error(DiagnosticCode.INVALID_PATH, field, "The value for the field '" + key
        + "' must be a valid JSONPath or a valid intrinsic function call");
    return new Template.Literal(pointer, value);
  }

  /** A path ({@code $...}) or an intrinsic call, or empty when {@code text} is neither. */
  static Optional<Template> pathOrIntrinsic(String text, String pointer) {
    if (text.strip().startsWith("$")) {
      return Paths.path(text, false).map(p -> new Template.PathValue(pointer, p));
    }
    return Paths.intrinsic(text).map(c -> new Template.IntrinsicValue(pointer, c));
  }

  /** A JSONata template: framed strings at any depth are expressions. */
  Template jsonata(JsonNode node, String pointer) {
    if (node.isTextual()) {
      return jsonataString(node, pointer);
    }
    if (node.isObject()) {
      List<Template.Field> fields = new ArrayList<>(node.size());
      boolean dynamic = false;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Template t = jsonata(e.getValue(), Pointers.child(pointer, e.getKey()));
        dynamic |= !t.isStatic();
        fields.add(new Template.Field(e.getKey(), false, t));
      }
      return dynamic ? new Template.Obj(pointer, fields) : new Template.Literal(pointer, node);
    }
    if (node.isArray()) {
      List<Template> items = new ArrayList<>(node.size());
      boolean dynamic = false;
      int i = 0;
      for (JsonNode item : node) {
        Template t = jsonata(item, Pointers.child(pointer, i++));
        dynamic |= !t.isStatic();
        items.add(t);
      }
      return dynamic ? new Template.Arr(pointer, items) : new Template.Literal(pointer, node);
    }
    return new Template.Literal(pointer, node);
  }

  /** A string: an expression when framed, a literal otherwise; half-framed strings are errors. */
  Template jsonataString(JsonNode node, String pointer) {
    String s = node.textValue();
    Optional<JsonataExpr> expr = expression(s, pointer);
    if (expr.isPresent()) {
      return new Template.JsonataValue(pointer, expr.get());
    }
    return new Template.Literal(pointer, node);
  }

  /**
   * The expression in {@code s} when it is framed as {@code {% ... %}} (syntax-checked through
   * the SPI), else empty. Whitespace outside the frame makes a plain string, as in AWS.
   */
  Optional<JsonataExpr> expression(String s, String pointer) {
    boolean opens = s.startsWith("{%");
    boolean closes = s.endsWith("%}");
    if (!opens && !closes) {
      return Optional.empty();
    }
    if (!JsonataExpr.isFramed(s)) {
      problems.error(DiagnosticCode.INVALID_JSONATA, pointer,
          "A JSONata expression must start with '{%' and end with '%}'");
      return Optional.empty();
    }
    JsonataExpr expr = JsonataExpr.unframe(s);
    if (expr.source().isBlank()) {
      problems.error(DiagnosticCode.INVALID_JSONATA, pointer, "The JSONata expression is empty");
    } else {
      JsonataCheckers.check(expr.source()).ifPresent(msg ->
          problems.error(DiagnosticCode.INVALID_JSONATA, pointer,
              "Invalid JSONata expression '" + expr.source().strip() + "': " + msg));
    }
    return Optional.of(expr);
  }
}
