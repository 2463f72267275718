package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.internal.expr.Scope;
import java.util.Map;

/** The Map state's scope while building one item's input: the Context object gains {@code Map.Item}. */
final class ItemScope implements Scope {
  private final Fiber fiber;
  private final int index;
  private final JsonNode value;
  private ObjectNode context;

  ItemScope(Fiber fiber, int index, JsonNode value) {
    this.fiber = fiber;
    this.index = index;
    this.value = value;
  }

  @Override
  public JsonNode contextObject() {
    if (context == null) {
      // Shallow: the shared parts (Execution.Input can be large) are never copied.
      ObjectNode c = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      c.setAll((ObjectNode) fiber.contextObject());
      ObjectNode item = c.putObject("Map").putObject("Item");
      item.put("Index", index);
      item.set("Value", value);
      context = c;
    }
    return context;
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
