package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.DiagnosticCode;
import java.util.HashMap;
import java.util.Map;

/**
 * In a JSONPath payload template {@code "a.$"} produces the field {@code a}; a template holding
 * both {@code "a"} and {@code "a.$"} would produce {@code a} twice, which the spec forbids.
 */
final class TemplateKeysRule implements Rule {
  @Override
  public void check(Definition def, Sink sink) {
    for (StateNode s : def.states()) {
      if (s.jsonata()) {
        continue; // '.$' has no meaning in JSONata templates
      }
      for (Templates.Root root : Templates.roots(s)) {
        check(root.pointer(), root.value(), sink);
        Templates.walk(root.pointer(), root.value(), (p, key, value) -> check(p, value, sink));
      }
    }
  }

  private static void check(String pointer, JsonNode node, Sink sink) {
    if (!node.isObject()) {
      return;
    }
    Map<String, String> produced = new HashMap<>();
    node.fieldNames().forEachRemaining(key -> {
      String name = key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
      String other = produced.putIfAbsent(name, key);
      if (other != null) {
        sink.error(DiagnosticCode.DUPLICATE_KEY, Pointers.child(pointer, key), "The fields '"
            + other + "' and '" + key + "' both produce the field '" + name + "'");
      }
    });
  }
}
