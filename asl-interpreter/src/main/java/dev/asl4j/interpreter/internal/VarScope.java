package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Workflow variables of one scope (the top level, a Parallel branch, a Map iteration) with a link
 * to the enclosing scope, which inner scopes may read but not assign. Allocated on first use.
 */
final class VarScope {
  final VarScope parent;
  private Map<String, JsonNode> vars;

  VarScope(VarScope parent) {
    this.parent = parent;
  }

  JsonNode get(String name) {
    for (VarScope s = this; s != null; s = s.parent) {
      if (s.vars != null) {
        JsonNode v = s.vars.get(name);
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  void put(String name, JsonNode value) {
    if (vars == null) {
      vars = new HashMap<>();
    }
    vars.put(name, value);
  }

  /** The variables of this scope only (not the enclosing ones). */
  Map<String, JsonNode> own() {
    return vars == null ? Map.of() : vars;
  }

  /** Every visible variable; inner values listed last. */
  Map<String, JsonNode> all() {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    collect(this, out);
    return out;
  }

  private static void collect(VarScope s, Map<String, JsonNode> out) {
    if (s == null) {
      return;
    }
    collect(s.parent, out);
    if (s.vars != null) {
      out.putAll(s.vars);
    }
  }
}
