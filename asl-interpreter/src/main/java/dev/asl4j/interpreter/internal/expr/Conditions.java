package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.ComparisonOperator;
import dev.asl4j.parser.model.Condition;
import java.time.Instant;

/**
 * Evaluates Choice rule conditions. JSONPath data tests follow AWS: operands of the wrong type
 * make a test false (never an error); numbers compare by value; strings by code point; timestamps
 * by instant. {@code IsPresent} on a missing path is false, but a missing path under any other
 * operator fails the state with {@code States.Runtime}. JSONata {@code Condition}s go through the
 * {@link JsonataHook} and must yield a boolean.
 *
 * <pre>{@code
 * if (Conditions.evaluate(rule.condition(), input, scope, hook)) { next = rule.next(); }
 * }</pre>
 */
public final class Conditions {
  private Conditions() {}

  /** Whether {@code condition} holds for {@code input}. */
  public static boolean evaluate(
      Condition condition, JsonNode input, Scope scope, JsonataHook hook) {
    if (condition instanceof Condition.Comparison) {
      return comparison((Condition.Comparison) condition, input, scope);
    }
    if (condition instanceof Condition.And) {
      for (Condition c : ((Condition.And) condition).operands()) {
        if (!evaluate(c, input, scope, hook)) {
          return false;
        }
      }
      return true;
    }
    if (condition instanceof Condition.Or) {
      for (Condition c : ((Condition.Or) condition).operands()) {
        if (evaluate(c, input, scope, hook)) {
          return true;
        }
      }
      return false;
    }
    if (condition instanceof Condition.Not) {
      return !evaluate(((Condition.Not) condition).operand(), input, scope, hook);
    }
    return jsonata((Condition.Jsonata) condition, hook);
  }

  private static boolean jsonata(Condition.Jsonata condition, JsonataHook hook) {
    Template t = condition.condition();
    JsonNode v;
    String text;
    if (t instanceof Template.JsonataValue) {
      Template.JsonataValue j = (Template.JsonataValue) t;
      v = hook.evaluate(j.expr(), j.pointer());
      text = j.expr().framed();
    } else if (t instanceof Template.Literal) {
      v = ((Template.Literal) t).value();
      text = Json.compact(v);
    } else {
      throw new IllegalArgumentException("a JSONata Condition must be a boolean or {% %}: " + t);
    }
    if (v == null) {
      throw new AslException(Errors.QUERY_EVALUATION_ERROR, "The JSONata expression '" + text
          + "' specified for the field 'Condition' returned nothing (undefined).", true);
    }
    if (!v.isBoolean()) {
      throw new AslException(Errors.QUERY_EVALUATION_ERROR, "The JSONata expression '" + text
          + "' specified for the field 'Condition' returned an unexpected result type. Expected"
          + " 'boolean', but was '" + Json.typeName(v) + "' for value: " + Json.compact(v), true);
    }
    return v.booleanValue();
  }

  static boolean comparison(Condition.Comparison c, JsonNode input, Scope scope) {
    JsonNode actual = Paths.read(c.variable(), input, scope);
    ComparisonOperator op = c.operator();
    if (op == ComparisonOperator.IS_PRESENT) {
      return (actual != null) == expectedFlag(c);
    }
    if (actual == null) {
      throw Errors.choicePathNotFound(c.variable());
    }
    switch (op) {
      case IS_NULL: return actual.isNull() == expectedFlag(c);
      case IS_NUMERIC: return actual.isNumber() == expectedFlag(c);
      case IS_STRING: return actual.isTextual() == expectedFlag(c);
      case IS_BOOLEAN: return actual.isBoolean() == expectedFlag(c);
      case IS_TIMESTAMP: return Timestamps.isTimestamp(actual) == expectedFlag(c);
      default: break;
    }
    JsonNode expected = operand(c, input, scope);
    switch (op) {
      case STRING_MATCHES:
        return actual.isTextual() && expected.isTextual()
            && StringMatcher.matches(actual.textValue(), expected.textValue());
      case STRING_EQUALS: return strings(actual, expected) && order(actual, expected) == 0;
      case STRING_LESS_THAN: return strings(actual, expected) && order(actual, expected) < 0;
      case STRING_GREATER_THAN: return strings(actual, expected) && order(actual, expected) > 0;
      case STRING_LESS_THAN_EQUALS:
        return strings(actual, expected) && order(actual, expected) <= 0;
      case STRING_GREATER_THAN_EQUALS:
        return strings(actual, expected) && order(actual, expected) >= 0;
      case NUMERIC_EQUALS: return numbers(actual, expected) && numeric(actual, expected) == 0;
      case NUMERIC_LESS_THAN: return numbers(actual, expected) && numeric(actual, expected) < 0;
      case NUMERIC_GREATER_THAN:
        return numbers(actual, expected) && numeric(actual, expected) > 0;
      case NUMERIC_LESS_THAN_EQUALS:
        return numbers(actual, expected) && numeric(actual, expected) <= 0;
      case NUMERIC_GREATER_THAN_EQUALS:
        return numbers(actual, expected) && numeric(actual, expected) >= 0;
      case BOOLEAN_EQUALS:
        return actual.isBoolean() && expected.isBoolean()
            && actual.booleanValue() == expected.booleanValue();
      default:
        return timestamps(op, actual, expected);
    }
  }

  private static boolean timestamps(ComparisonOperator op, JsonNode actual, JsonNode expected) {
    Instant a = Timestamps.instant(actual);
    Instant b = Timestamps.instant(expected);
    if (a == null || b == null) {
      return false;
    }
    int cmp = a.compareTo(b);
    switch (op) {
      case TIMESTAMP_EQUALS: return cmp == 0;
      case TIMESTAMP_LESS_THAN: return cmp < 0;
      case TIMESTAMP_GREATER_THAN: return cmp > 0;
      case TIMESTAMP_LESS_THAN_EQUALS: return cmp <= 0;
      case TIMESTAMP_GREATER_THAN_EQUALS: return cmp >= 0;
      default: throw new IllegalArgumentException("not a comparison: " + op);
    }
  }

  /** The right-hand side: the literal, or the value at the {@code ...Path} operand. */
  private static JsonNode operand(Condition.Comparison c, JsonNode input, Scope scope) {
    if (c.valuePath() == null) {
      return c.value() == null ? Json.NODES.nullNode() : c.value();
    }
    JsonNode v = Paths.read(c.valuePath(), input, scope);
    if (v == null) {
      throw Errors.choicePathNotFound(c.valuePath());
    }
    return v;
  }

  /** The boolean of an {@code Is*} test ({@code "IsNull": false} tests for not-null). */
  private static boolean expectedFlag(Condition.Comparison c) {
    return c.value() == null || !c.value().isBoolean() || c.value().booleanValue();
  }

  private static boolean strings(JsonNode a, JsonNode b) {
    return a.isTextual() && b.isTextual();
  }

  private static boolean numbers(JsonNode a, JsonNode b) {
    return a.isNumber() && b.isNumber();
  }

  private static int numeric(JsonNode a, JsonNode b) {
    return Json.compareNumbers(a, b);
  }

  /** Code-point order, which differs from Java's UTF-16 order above the BMP. */
  static int order(JsonNode a, JsonNode b) {
    String x = a.textValue();
    String y = b.textValue();
    int i = 0;
    int j = 0;
    while (i < x.length() && j < y.length()) {
      int cx = x.codePointAt(i);
      int cy = y.codePointAt(j);
      if (cx != cy) {
        return Integer.compare(cx, cy);
      }
      i += Character.charCount(cx);
      j += Character.charCount(cy);
    }
    return Integer.compare(x.length() - i, y.length() - j);
  }
}
