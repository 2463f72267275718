package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.expr.JsonataExpr;

/**
 * Evaluates the JSONata parts of templates and Choice conditions on behalf of {@link Templates}
 * and {@link Conditions}, which know nothing of JSONata. The engine binds one per evaluation to
 * the state's {@code $states} values and variables; the JSONata adapter implements it.
 */
@FunctionalInterface
public interface JsonataHook {
  /** A hook for JSONPath states, where no JSONata can appear. */
  JsonataHook NONE =
      (expr, pointer) -> {
        throw new IllegalStateException("JSONata expression at " + pointer
            + " evaluated without a JSONata hook: " + expr.framed());
      };

  /**
   * Evaluates {@code expr}, written at {@code pointer} in the definition.
   *
   * @return the value, or null when the expression is undefined (an object field or array item
   *     whose value is undefined is left out, as JSONata does)
   * @throws AslException {@code States.QueryEvaluationError} and the like on failure
   */
  JsonNode evaluate(JsonataExpr expr, String pointer);
}
