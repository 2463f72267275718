package dev.asl4j.graph;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.Condition;
import dev.asl4j.parser.model.Retrier;
import java.util.List;

/**
 * Short, human-readable renderings of Choice conditions, Catch and Retry lists for edge labels:
 * {@code $.status == "OK"}, {@code And($.a > 1, $.b is present)}, {@code {% $x > 1 %}}. Two
 * lengths: {@link #SHORT} cuts long texts with an ellipsis for Mermaid and DOT, whose renderers
 * do not wrap labels; {@link #FULL} keeps them whole for the SVG, which wraps them at spaces (cut
 * only past a bound no real label reaches, so a hostile definition cannot make a huge picture).
 */
final class ConditionText {
  /** Longest short label kept whole (in code points). */
  static final int MAX = 60;

  static final ConditionText SHORT = new ConditionText(MAX, 2);
  static final ConditionText FULL = new ConditionText(1000, 8);

  /** Longest label kept whole, in code points. */
  private final int max;
  /** Deepest And/Or/Not nesting written out; deeper ones read {@code And(…)}. */
  private final int depth;

  private ConditionText(int max, int depth) {
    this.max = max;
    this.depth = depth;
  }

  String of(Condition c) {
    return truncate(render(c, 0));
  }

  private String render(Condition c, int depth) {
    if (c instanceof Condition.And and) {
      return nary("And", and.operands(), depth);
    } else if (c instanceof Condition.Or or) {
      return nary("Or", or.operands(), depth);
    } else if (c instanceof Condition.Not not) {
      return depth > this.depth ? "Not(…)" : "Not(" + render(not.operand(), depth + 1) + ")";
    } else if (c instanceof Condition.Comparison cmp) {
      return comparison(cmp);
    } else if (c instanceof Condition.Jsonata j) {
      return template(j.condition());
    }
    return String.valueOf(c);
  }

  private String nary(String op, List<Condition> operands, int depth) {
    if (depth > this.depth || operands.isEmpty()) {
      return op + "(…)";
    }
    StringBuilder sb = new StringBuilder(op).append('(');
    for (int i = 0; i < operands.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(render(operands.get(i), depth + 1));
      if (sb.length() > max) {
        return op + "(…)";
      }
    }
    return sb.append(')').toString();
  }

  private static String comparison(Condition.Comparison c) {
    String var = c.variable() == null ? "?" : c.variable().text();
    String operand =
        c.valuePath() != null ? c.valuePath().text() : c.value() == null ? "?" : json(c.value());
    String name = c.operator().fieldName();
    if (name.startsWith("Is")) {
      String what = name.substring(2).toLowerCase(java.util.Locale.ROOT);
      boolean positive = c.value() == null || c.value().asBoolean(true);
      return var + (positive ? " is " : " is not ") + what;
    }
    if (name.equals("StringMatches")) {
      return var + " matches " + operand;
    }
    String op;
    if (name.endsWith("LessThanEquals")) {
      op = "<=";
    } else if (name.endsWith("GreaterThanEquals")) {
      op = ">=";
    } else if (name.endsWith("LessThan")) {
      op = "<";
    } else if (name.endsWith("GreaterThan")) {
      op = ">";
    } else {
      op = "==";
    }
    return var + " " + op + " " + operand;
  }

  private String template(Template t) {
    if (t instanceof Template.JsonataValue j) {
      String src = j.expr().source();
      if (src.codePointCount(0, src.length()) > max - 4) {
        // keep the framing visible so the reader still sees it is JSONata
        return "{%" + src.substring(0, src.offsetByCodePoints(0, max - 5)) + "…%}";
      }
      return j.expr().framed();
    } else if (t instanceof Template.Literal l) {
      return json(l.value());
    }
    return String.valueOf(t);
  }

  private static String json(JsonNode v) {
    return v.toString();
  }

  /** The Catch label: the {@code ErrorEquals} list. */
  String errors(List<String> errorEquals) {
    return truncate(String.join(", ", errorEquals));
  }

  /** One retrier: {@code Retry States.Timeout ×3}. */
  String retrier(Retrier r) {
    // the count is the useful part: cut the error list, never the count
    String count = " ×" + r.maxAttempts();
    return "Retry " + cut(String.join(", ", r.errorEquals()), max - 6 - count.length()) + count;
  }

  /** {@code s} cut to this rendering's length with a trailing ellipsis. */
  String truncate(String s) {
    return cut(s, max);
  }

  private static String cut(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
  }
}
