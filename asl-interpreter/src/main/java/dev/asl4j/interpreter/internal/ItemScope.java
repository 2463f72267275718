package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.internal.expr.Scope;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Map state's scope while building one item's input: the Context object gains {@code Map.Item}. */
final class ItemScope implements Scope {
  private final Fiber fiber;
  private final int index;
  private final JsonNode value;
  private final String source;
  private ObjectNode context;

  /** {@code source} is {@code Map.Item.Source}: STATE_DATA or the ItemReader's S3 URI. */
  ItemScope(Fiber fiber, int index, JsonNode value, String source) {
    this.fiber = fiber;
    this.index = index;
    this.value = value;
    this.source = source;
  }

  @Override
  public JsonNode contextObject() {
    if (context == null) {
      // Shallow: the shared parts (Execution.Input can be large) are never copied.
      // Tables sized to the members (one such object per item, so 10,000 of them for 10,000 items).
      ObjectNode parent = (ObjectNode) fiber.contextObject();
      ObjectNode c = object(parent.size() + 1);
      c.setAll(parent);
      ObjectNode item = object(3);
      item.put("Index", index);
      item.set("Value", value);
      item.put("Source", source);
      c.set("Map", object(1).set("Item", item));
      context = c;
    }
    return context;
  }

  private static ObjectNode object(int members) {
    return new ObjectNode(JsonNodeFactory.instance, new LinkedHashMap<>(Math.max(2, (members * 4 + 2) / 3)));
  }

  @Override
  public JsonNode variable(String name) {
    return fiber.variable(name);
  }

  @Override
  public Map<String, JsonNode> allVariables() {
    return fiber.allVariables();
  }
}
