package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.expr.Path;
import java.util.List;

/**
 * Reads values at JSONPaths and applies {@code ResultPath}. Single-node paths (the vast majority)
 * are walked directly on the Jackson tree; the rest go through Jayway JsonPath, with the matches of
 * indefinite paths gathered into an array as AWS does.
 *
 * <pre>{@code
 * JsonNode id = Paths.read(Path.parse("$$.Execution.Id"), input, scope);
 * JsonNode out = Paths.write(Path.parseReference("$.result"), input, taskResult);
 * }</pre>
 */
public final class Paths {
  private Paths() {}

  /**
   * The value {@code path} selects, or null when it matches nothing. The path applies to {@code
   * input} ({@code $}), to the Context object ({@code $$}) or to a variable ({@code $name}); {@code
   * scope} may be null when the path is rooted at the input. {@link Path#NULL} (a field set to JSON
   * null, as in {@code "InputPath": null}) reads as an empty object.
   */
  public static JsonNode read(Path path, JsonNode input, Scope scope) {
    if (path.isNull()) {
      return Json.NODES.objectNode();
    }
    JsonNode root = root(path, input, scope);
    if (root == null) {
      return null;
    }
    List<Path.Segment> segments = path.segments();
    return segments != null ? walk(root, segments) : JaywayPaths.read(path, root);
  }

  /**
   * Like {@link #read}, but a path matching nothing fails with {@code States.Runtime} and AWS's
   * cause "Invalid path '$.x' : No results for path: $['x']" (the engine adds the state prefix).
   * For InputPath, OutputPath, ItemsPath and the {@code *Path} fields of Task, Map and Wait.
   */
  public static JsonNode require(Path path, JsonNode input, Scope scope) {
    JsonNode value = read(path, input, scope);
    if (value == null) {
      throw Errors.invalidPath(path, explainMiss(path, input, scope));
    }
    return value;
  }

  /** Why {@code path} matches nothing, in Jayway JsonPath's words (which AWS passes through). */
  static String explainMiss(Path path, JsonNode input, Scope scope) {
    JsonNode root = root(path, input, scope);
    if (root == null) {
      return "The variable '" + path.variable() + "' is not defined";
    }
    return JaywayPaths.explainMiss(path, root);
  }

  /**
   * Applies {@code ResultPath}: returns a new tree equal to {@code input} with {@code result}
   * placed at {@code resultPath}, copying only the objects and arrays on the way down (the input
   * is never modified). Missing intermediate fields become objects. {@code $} returns the result;
   * {@link Path#NULL} discards it and returns the input.
   *
   * @throws AslException {@code States.ResultPathMatchFailure} when the path cannot be applied,
   *     e.g. it steps into a string or past the end of an array
   * @throws IllegalArgumentException for a path a validated definition cannot hold as ResultPath
   *     (not single-node, or not rooted at {@code $})
   */
  public static JsonNode write(Path resultPath, JsonNode input, JsonNode result) {
    if (resultPath.isNull()) {
      return input;
    }
    if (resultPath.root() != Path.Root.INPUT || !resultPath.isSimple()) {
      throw new IllegalArgumentException("not a valid ResultPath: " + resultPath.text());
    }
    return ResultPathWriter.write(resultPath, input, result);
  }

  private static JsonNode root(Path path, JsonNode input, Scope scope) {
    switch (path.root()) {
      case CONTEXT:
        return scope == null ? null : scope.contextObject();
      case VARIABLE:
        return scope == null ? null : scope.variable(path.variable());
      default:
        return input;
    }
  }

  /** The hot path: no allocation, one type test and one lookup per step. */
  static JsonNode walk(JsonNode node, List<Path.Segment> segments) {
    for (int i = 0, n = segments.size(); i < n; i++) {
      Path.Segment s = segments.get(i);
      if (s.isIndex()) {
        if (!node.isArray()) {
          return null;
        }
        int index = s.index() < 0 ? node.size() + s.index() : s.index();
        node = index < 0 ? null : node.get(index);
      } else {
        if (!node.isObject()) {
          return null;
        }
        node = node.get(s.name());
      }
      if (node == null) {
        return null;
      }
    }
    return node;
  }
}
