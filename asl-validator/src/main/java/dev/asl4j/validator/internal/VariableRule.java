package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.expr.JsonataExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Variable names follow AWS's rules; a Parallel branch or Map iteration does not assign a name
 * its enclosing scopes assign (inner scopes may read outer variables, never write them); and a
 * read of a variable no visible state assigns is a warning. A Distributed Map's processor is a
 * separate execution: it neither sees nor clashes with outer variables.
 */
final class VariableRule implements Rule {
  /** Per scope, each assigned name and the pointers of its assignments. */
  private final Map<Scope, Map<String, List<String>>> assigned = new IdentityHashMap<>();

  @Override
  public void check(Definition def, Sink sink) {
    assigned.clear();
    for (StateNode s : def.states()) {
      for (Templates.Root root : Templates.roots(s)) {
        if (root.field().equals("Assign") && root.value().isObject()) {
          names(s, root, sink);
        }
      }
    }
    for (Scope scope : def.scopes()) {
      Map<String, List<String>> mine = assigned.getOrDefault(scope, Map.of());
      for (Map.Entry<String, List<String>> e : mine.entrySet()) {
        String outer = visibleAbove(scope, e.getKey());
        if (outer != null) {
          for (String p : e.getValue()) {
            sink.errorAtKey(DiagnosticCode.INVALID_VARIABLE, p, "Variable '" + e.getKey()
                + "' is assigned in an outer scope (" + outer + "); " + scope.describe()
                + " can read it but cannot assign it");
          }
        }
      }
    }
    for (StateNode s : def.states()) {
      reads(s, sink);
    }
  }

  private void names(StateNode s, Templates.Root root, Sink sink) {
    Map<String, List<String>> scopeNames =
        assigned.computeIfAbsent(s.scope(), k -> new HashMap<>());
    Iterator<String> keys = root.value().fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      String name = !s.jsonata() && key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
      String p = Pointers.child(root.pointer(), key);
      String problem = Variables.problem(name);
      if (problem != null) {
        sink.errorAtKey(DiagnosticCode.INVALID_VARIABLE, p,
            "Invalid variable name '" + name + "': " + problem);
      } else {
        scopeNames.computeIfAbsent(name, k -> new ArrayList<>()).add(p);
      }
    }
  }

  /**
   * Pointer of an assignment of {@code name} in an enclosing scope, or null. The Assign and Catch
   * of the Parallel/Map holding the inner scope do not count: they run after the inner scope has
   * finished, and AWS accepts a branch and its Parallel's Catcher assigning the same name.
   */
  private String visibleAbove(Scope scope, String name) {
    for (Scope s = scope; s.parent() != null && !s.distributed(); s = s.parent()) {
      String owner = s.owner().pointer() + "/";
      for (String p : assigned.getOrDefault(s.parent(), Map.of()).getOrDefault(name, List.of())) {
        if (!p.startsWith(owner)) {
          return p;
        }
      }
    }
    return null;
  }

  private boolean visible(Scope scope, String name) {
    for (Scope s = scope; s != null; s = s.distributed() ? null : s.parent()) {
      if (assigned.getOrDefault(s, Map.of()).containsKey(name)) {
        return true;
      }
    }
    return false;
  }

  private void reads(StateNode s, Sink sink) {
    Set<String> reported = new HashSet<>();
    Iterator<Map.Entry<String, JsonNode>> it = s.node().fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String field = e.getKey();
      if (JsonataReferenceRule.NESTED.contains(field) || field.equals("Comment")
          || field.equals("Result") || field.equals("ResultPath")) {
        continue; // nested states, free text, a static value, a rejected variable target
      }
      scanField(s, s.pointer(field), field, e.getValue(), reported, sink);
    }
  }

  private void scanField(StateNode s, String pointer, String key, JsonNode value,
      Set<String> reported, Sink sink) {
    if (value.isTextual()) {
      String text = value.asText();
      boolean expression = s.jsonata()
          ? JsonataExpr.isFramed(text)
          : key.endsWith(".$") || key.endsWith("Path") || key.equals("Variable");
      if (!expression) {
        return;
      }
      String source = s.jsonata() ? JsonataExpr.unframe(text).source() : text;
      for (String name : ExpressionScanner.scan(source).variableReads()) {
        if (!visible(s.scope(), name) && reported.add(name)) {
          sink.warning(DiagnosticCode.UNDEFINED_VARIABLE, pointer, "Variable '$" + name
              + "' is read here, but no state " + where(s.scope()) + " assigns it");
        }
      }
    } else if (value.isObject()) {
      value.fields().forEachRemaining(e -> scanField(s, Pointers.child(pointer, e.getKey()),
          e.getKey(), e.getValue(), reported, sink));
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        scanField(s, Pointers.child(pointer, i), key, value.get(i), reported, sink);
      }
    }
  }

  private static String where(Scope scope) {
    for (Scope s = scope; s != null; s = s.parent()) {
      if (s.distributed()) {
        return "of " + s.describe() + " (a Distributed Map cannot read outer variables)";
      }
    }
    return "visible here";
  }
}
