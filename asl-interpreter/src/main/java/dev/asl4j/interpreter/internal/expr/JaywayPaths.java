package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import dev.asl4j.parser.expr.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Paths that are not single-node (wildcards, filters, slices, deep scan, functions) go through
 * Jayway JsonPath, which AWS evidently uses too: its exception texts appear verbatim in AWS causes.
 * Compiled paths are memoized by text; the memo is bounded and only ever caches pure functions of
 * the text, so sharing it changes no behaviour.
 */
final class JaywayPaths {
  private static final int MAX_CACHED = 4096;
  private static final ConcurrentHashMap<String, JsonPath> COMPILED = new ConcurrentHashMap<>();

  /** No options: indefinite paths gather matches into an array; definite misses throw. */
  private static final Configuration CONFIG =
      Configuration.builder()
          .jsonProvider(new JacksonJsonNodeJsonProvider(Json.MAPPER))
          .mappingProvider(new JacksonMappingProvider(Json.MAPPER))
          .build();

  private JaywayPaths() {}

  /**
   * The value at {@code path} below {@code root}: null when a definite path matches nothing, an
   * array (possibly empty) for an indefinite one. AWS gives {@code []} for {@code $.items[*]} even
   * when {@code items} is missing (conformance cases test_json_path_array_wildcard_or_slice_*),
   * where Jayway would throw.
   */
  static JsonNode read(Path path, JsonNode root) {
    JsonPath compiled = compile(path);
    try {
      return toNode(compiled.read(root, CONFIG));
    } catch (JsonPathException | ClassCastException | IllegalArgumentException e) {
      // Missing properties, and filters comparing odd types: no match rather than a crash.
      return compiled.isDefinite() ? null : Json.NODES.arrayNode();
    }
  }

  /** Jayway's own explanation of why {@code path} matches nothing in {@code root}. */
  static String explainMiss(Path path, JsonNode root) {
    JsonPath compiled = compile(path);
    try {
      compiled.read(root, CONFIG);
    } catch (JsonPathException e) {
      return e.getMessage();
    } catch (RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
    return "No results for path: " + compiled.getPath();
  }

  private static JsonPath compile(Path path) {
    String text = path.relativeText();
    JsonPath compiled = COMPILED.get(text);
    if (compiled == null) {
      try {
        compiled = JsonPath.compile(text);
      } catch (JsonPathException | IllegalArgumentException | IllegalStateException e) {
        throw Errors.invalidPath(path, String.valueOf(e.getMessage()));
      }
      if (COMPILED.size() >= MAX_CACHED) {
        COMPILED.clear();
      }
      COMPILED.put(text, compiled);
    }
    return compiled;
  }

  /** Jayway unwraps leaves to Java values; wrap them back. Java null is a JSON null match. */
  private static JsonNode toNode(Object value) {
    if (value == null) {
      return NullNode.getInstance();
    }
    if (value instanceof JsonNode) {
      return (JsonNode) value;
    }
    return Json.MAPPER.valueToTree(value);
  }
}
