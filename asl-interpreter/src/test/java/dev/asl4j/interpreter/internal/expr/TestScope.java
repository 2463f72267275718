package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;

/** A fixed Context object and variables, plus JSON parsing for tests. */
record TestScope(JsonNode contextObject, Map<String, JsonNode> allVariables) implements Scope {
  static final JsonMapper MAPPER = new JsonMapper();

  static final TestScope EMPTY = new TestScope(json("{}"), Map.of());

  @Override
  public JsonNode variable(String name) {
    return allVariables.get(name);
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
