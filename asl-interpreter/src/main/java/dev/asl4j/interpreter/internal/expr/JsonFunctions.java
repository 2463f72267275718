package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** States.StringToJson, JsonToString and JsonMerge. */
final class JsonFunctions {
  private JsonFunctions() {}

  /** Blank text gives null (AWS returns null for "" and " "). */
  static JsonNode stringToJson(IntrinsicArgs a) {
    String s = a.string(0);
    if (s.isBlank()) {
      return NullNode.getInstance();
    }
    try {
      return Json.MAPPER.readTree(s);
    } catch (JsonProcessingException e) {
      throw a.fail("the string is not valid JSON: " + e.getOriginalMessage());
    }
  }

  static JsonNode jsonToString(IntrinsicArgs a) {
    return new TextNode(Json.compact(a.get(0)));
  }

  /** Shallow merge: the second object's fields win. AWS rejects deep merging. */
  static JsonNode merge(IntrinsicArgs a) {
    JsonNode first = a.object(0);
    JsonNode second = a.object(1);
    if (a.bool(2)) {
      throw a.fail("only the shallow merging mode is supported: the third argument must be false");
    }
    ObjectNode out = Json.NODES.objectNode();
    out.setAll((ObjectNode) first);
    out.setAll((ObjectNode) second);
    return out;
  }
}
