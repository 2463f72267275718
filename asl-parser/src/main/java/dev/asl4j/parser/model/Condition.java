package dev.asl4j.parser.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import java.util.List;

/** A Choice rule's test: JSONPath boolean/data-test rules, or a JSONata {@code Condition}. */
public sealed interface Condition
    permits Condition.And,
        Condition.Or,
        Condition.Not,
        Condition.Comparison,
        Condition.Jsonata {

  /** JSON Pointer of the rule object holding this test. */
  String pointer();

  /** {@code "And": [...]}. */
  record And(String pointer, List<Condition> operands) implements Condition {
    public And {
      operands = List.copyOf(operands);
    }
  }

  /** {@code "Or": [...]}. */
  record Or(String pointer, List<Condition> operands) implements Condition {
    public Or {
      operands = List.copyOf(operands);
    }
  }

  /** {@code "Not": {...}}. */
  record Not(String pointer, Condition operand) implements Condition {}

  /**
   * {@code "Variable": "$.x", "<Operator>[Path]": value}.
   *
   * @param variable the {@code Variable} path
   * @param operator the operator
   * @param value the literal operand (for {@code Is*} tests, the boolean), or null with a path
   * @param valuePath the operand of a {@code ...Path} form, or null
   */
  record Comparison(
      String pointer, Path variable, ComparisonOperator operator, JsonNode value, Path valuePath)
      implements Condition {}

  /** {@code "Condition": true | "{% expr %}"} in JSONata. */
  record Jsonata(String pointer, Template condition) implements Condition {}
}
