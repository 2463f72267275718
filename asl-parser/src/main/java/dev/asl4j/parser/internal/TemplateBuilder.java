package dev.asl4j.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.expr.JsonataExpr;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.QueryLanguage;
import dev.asl4j.parser.spi.JsonataSyntaxChecker;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns field values into {@link Template}s: JSONPath payload templates ({@code "key.$"} keys at
 * any depth) and JSONata templates ({@code "{% expr %}"} strings at any depth). Static subtrees
 * collapse into one {@link Template.Literal}.
 *
 * <p>Builders return null for a static subtree and allocate nothing for it, not even its
 * pointer: a large constant (a wide array nested deep) costs no per-node strings. Recursion depth
 * is bounded by the reader's maxDepth.
 */
final class TemplateBuilder {
  private final Problems problems;
  /** Null: only the framing of JSONata expressions is checked. */
  private final JsonataSyntaxChecker jsonata;

  TemplateBuilder(Problems problems, JsonataSyntaxChecker jsonata) {
    this.problems = problems;
    this.jsonata = jsonata;
  }

  /** A pointer computed only when a template node actually needs it. */
  private static final class Ptr {
    private final Ptr parent;
    private final String token;
    private String value;

    Ptr(Ptr parent, String token) {
      this.parent = parent;
      this.token = token;
    }

    String get() {
      if (value == null) {
        value = parent == null ? token : parent.get() + "/" + token;
      }
      return value;
    }
  }

  /** A template in the dialect {@code ql}: a payload template for JSONPath, else JSONata. */
  Template forDialect(QueryLanguage ql, JsonNode node, String pointer) {
    return ql == QueryLanguage.JSONATA ? jsonata(node, pointer) : payload(node, pointer);
  }

  /** A JSONPath payload template; bad dynamic values are reported at {@code pointer}. */
  Template payload(JsonNode node, String pointer) {
    Template t = build(node, new Ptr(null, pointer), pointer);
    return t != null ? t : new Template.Literal(pointer, node);
  }

  /** A JSONata template: framed strings at any depth are expressions. */
  Template jsonata(JsonNode node, String pointer) {
    Template t = build(node, new Ptr(null, pointer), null);
    return t != null ? t : new Template.Literal(pointer, node);
  }

  /**
   * The template of {@code node}, or null when it is static. {@code field} is the pointer of the
   * payload-template field being built, or null for a JSONata template.
   */
  private Template build(JsonNode node, Ptr ptr, String field) {
    if (node.isObject()) {
      return object(node, ptr, field);
    }
    if (node.isArray()) {
      List<Template> items = null;
      int i = 0;
      for (JsonNode item : node) {
        Ptr ip = new Ptr(ptr, Integer.toString(i));
        Template t = build(item, ip, field);
        if (t != null && items == null) {
          items = new ArrayList<>(node.size());
          for (int j = 0; j < i; j++) {
            items.add(new Template.Literal(Pointers.child(ptr.get(), j), node.get(j)));
          }
        }
        if (items != null) {
          items.add(t != null ? t : new Template.Literal(ip.get(), item));
        }
        i++;
      }
      return items == null ? null : new Template.Arr(ptr.get(), items);
    }
    if (field == null && node.isTextual()) {
      return expression(node.textValue(), ptr)
          .<Template>map(e -> new Template.JsonataValue(ptr.get(), e))
          .orElse(null);
    }
    return null;
  }

  private Template object(JsonNode node, Ptr ptr, String field) {
    List<Template.Field> fields = null;
    int i = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); i++) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      Ptr kp = new Ptr(ptr, Pointers.escape(key));
      boolean dynamicKey = field != null && key.endsWith(".$");
      Template t = dynamicKey
          ? dynamicValue(e.getValue(), kp.get(), key, field)
          : build(e.getValue(), kp, field);
      if (t != null && fields == null) {
        fields = new ArrayList<>(node.size());
        backfill(node, ptr, i, fields);
      }
      if (fields != null) {
        fields.add(dynamicKey
            ? new Template.Field(key.substring(0, key.length() - 2), true, t)
            : new Template.Field(key, false,
                t != null ? t : new Template.Literal(kp.get(), e.getValue())));
      }
    }
    return fields == null ? null : new Template.Obj(ptr.get(), fields);
  }

  /** Literal fields for the first {@code count} (static) fields, found dynamic too late. */
  private static void backfill(JsonNode node, Ptr ptr, int count, List<Template.Field> out) {
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    for (int j = 0; j < count; j++) {
      Map.Entry<String, JsonNode> e = it.next();
      out.add(new Template.Field(e.getKey(), false,
          new Template.Literal(Pointers.child(ptr.get(), e.getKey()), e.getValue())));
    }
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

  /** A string: an expression when framed, a literal otherwise; half-framed strings are errors. */
  Template jsonataString(JsonNode node, String pointer) {
    Optional<JsonataExpr> expr = expression(node.textValue(), pointer);
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
    return expression(s, new Ptr(null, pointer));
  }

  private Optional<JsonataExpr> expression(String s, Ptr ptr) {
    boolean opens = s.startsWith("{%");
    boolean closes = s.endsWith("%}");
    if (!opens && !closes) {
      return Optional.empty();
    }
    if (!JsonataExpr.isFramed(s)) {
      problems.error(DiagnosticCode.INVALID_JSONATA, ptr.get(),
          "A JSONata expression must start with '{%' and end with '%}'");
      return Optional.empty();
    }
    JsonataExpr expr = JsonataExpr.unframe(s);
    if (expr.source().isBlank()) {
      problems.error(DiagnosticCode.INVALID_JSONATA, ptr.get(), "The JSONata expression is empty");
    } else {
      JsonataCheckers.check(jsonata, expr.source()).ifPresent(msg ->
          problems.error(DiagnosticCode.INVALID_JSONATA, ptr.get(),
              "Invalid JSONata expression '" + expr.source().strip() + "': " + msg));
    }
    return Optional.of(expr);
  }
}
