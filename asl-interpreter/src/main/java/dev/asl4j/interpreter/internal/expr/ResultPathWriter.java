package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.expr.Path;
import java.util.List;

/**
 * Places a value at a single-node path by copying only the spine: each container on the way down
 * is shallow-copied, everything beside the path is shared. Iterative, so a path of any length is
 * safe.
 */
final class ResultPathWriter {
  private ResultPathWriter() {}

  static JsonNode write(Path path, JsonNode input, JsonNode result) {
    List<Path.Segment> segments = path.segments();
    int n = segments.size();
    JsonNode value = result == null ? NullNode.getInstance() : result;
    if (n == 0) {
      return value;
    }
    // containers[i] is the node segment i applies to; null means "missing, create an object".
    JsonNode[] containers = new JsonNode[n];
    int[] indexes = new int[n];
    JsonNode current = input;
    for (int i = 0; i < n; i++) {
      Path.Segment s = segments.get(i);
      containers[i] = current;
      if (s.isIndex()) {
        if (current == null || !current.isArray()) {
          throw Errors.resultPath(path, input);
        }
        int index = s.index() < 0 ? current.size() + s.index() : s.index();
        if (index < 0 || index >= current.size()) {
          throw Errors.resultPath(path, input);
        }
        indexes[i] = index;
        current = current.get(index);
      } else if (current == null) {
        // stays null: the rest of the spine is created
      } else if (current.isObject()) {
        current = current.get(s.name());
      } else {
        throw Errors.resultPath(path, input);
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      JsonNode container = containers[i];
      Path.Segment s = segments.get(i);
      if (s.isIndex()) {
        ArrayNode copy = Json.NODES.arrayNode(container.size());
        copy.addAll((ArrayNode) container);
        copy.set(indexes[i], value);
        value = copy;
      } else {
        ObjectNode copy = Json.objectNode(container == null ? 1 : container.size() + 1);
        if (container != null) {
          copy.setAll((ObjectNode) container);
        }
        copy.set(s.name(), value);
        value = copy;
      }
    }
    return value;
  }
}
