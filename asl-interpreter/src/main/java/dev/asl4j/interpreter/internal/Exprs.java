package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.internal.expr.Conditions;
import dev.asl4j.interpreter.internal.expr.JsonataHook;
import dev.asl4j.interpreter.internal.expr.Paths;
import dev.asl4j.interpreter.internal.expr.Scope;
import dev.asl4j.interpreter.internal.expr.Timestamps;
import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.Condition;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The engine's one doorway to JSONPath-dialect expression evaluation (paths, payload templates,
 * intrinsics, Choice rules, timestamps), so the nodes do not depend on how the evaluators are
 * organised.
 */
final class Exprs {
  private Exprs() {}

  /** The node {@code path} names; fails with {@code States.Runtime} "Invalid path" when none. */
  static JsonNode read(Path path, JsonNode input, Scope scope) {
    return Paths.require(path, input, scope);
  }

  /** The node {@code path} names, or null when it names none. */
  static JsonNode readOrNull(Path path, JsonNode input, Scope scope) {
    return Paths.read(path, input, scope);
  }

  /** {@code root} with {@code value} placed at the ResultPath {@code path} (copying the spine). */
  static JsonNode write(JsonNode root, Path path, JsonNode value) {
    return Paths.write(path, root, value);
  }

  /** Evaluates a JSONPath payload template (Parameters, ResultSelector, ItemSelector...). */
  static JsonNode evaluate(Fiber f, Template template, JsonNode input, Scope scope) {
    return f.run.templates().evaluate(template, input, scope, JsonataHook.NONE);
  }

  /** Evaluates a JSONPath Choice rule. */
  static boolean test(Condition condition, JsonNode input, Scope scope) {
    return Conditions.evaluate(condition, input, scope, JsonataHook.NONE);
  }

  /** Parses an ASL timestamp, or null when it is not one AWS accepts. */
  static Instant parseTimestamp(String text) {
    OffsetDateTime t = Timestamps.parse(text);
    return t == null ? null : t.toInstant();
  }
}
