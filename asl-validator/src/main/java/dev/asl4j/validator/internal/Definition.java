package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.model.QueryLanguage;
import dev.asl4j.parser.model.StateKind;
import dev.asl4j.parser.model.StateMachineType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The raw JSON tree seen as nested scopes of states. Rules work on the tree rather than on the
 * parsed model because the model is absent when the parser found schema errors, and AWS still
 * reports graph problems (missing targets, unreachable states) next to schema errors. Nothing here
 * assumes a field has the right JSON type: the parser reports type errors, rules skip them.
 */
final class Definition {
  private final JsonNode root;
  private final StateMachineType type;
  private final QueryLanguage machineLanguage;
  private final Scope rootScope;
  private final List<Scope> scopes = new ArrayList<>();
  private final List<StateNode> states = new ArrayList<>();

  private Definition(JsonNode root, StateMachineType type) {
    this.root = root;
    this.type = type;
    this.machineLanguage = language(root.get("QueryLanguage"), QueryLanguage.JSONPATH);
    this.rootScope = new Scope(Scope.Kind.ROOT, "", root, null, null, false);
    collect(rootScope, root);
  }

  /** Builds the view of an object tree; {@code root} must be a JSON object. */
  static Definition of(JsonNode root, StateMachineType type) {
    return new Definition(root, type == null ? StateMachineType.STANDARD : type);
  }

  JsonNode root() {
    return root;
  }

  StateMachineType type() {
    return type;
  }

  /** The machine's {@code QueryLanguage} (JSONPath when absent). */
  QueryLanguage machineLanguage() {
    return machineLanguage;
  }

  Scope rootScope() {
    return rootScope;
  }

  /** Every scope, outermost first. */
  List<Scope> scopes() {
    return Collections.unmodifiableList(scopes);
  }

  /** Every state of every scope, in document order. */
  List<StateNode> states() {
    return Collections.unmodifiableList(states);
  }

  private void collect(Scope scope, JsonNode container) {
    scopes.add(scope);
    JsonNode statesNode = container.get("States");
    if (statesNode == null || !statesNode.isObject()) {
      return;
    }
    String statesPointer = Pointers.child(scope.pointer(), "States");
    Iterator<Map.Entry<String, JsonNode>> it = statesNode.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode node = e.getValue();
      if (!node.isObject()) {
        continue; // the parser reports a state that is not an object
      }
      StateKind kind =
          node.path("Type").isTextual() ? StateKind.fromTypeName(node.get("Type").asText()) : null;
      // A Map or Parallel's own QueryLanguage does not pass to its children: they inherit the
      // machine's, so the effective language is the state's own or else the machine's.
      QueryLanguage ql = language(node.get("QueryLanguage"), machineLanguage);
      StateNode state =
          new StateNode(e.getKey(), Pointers.child(statesPointer, e.getKey()), node, scope, kind, ql);
      scope.add(state);
      states.add(state);
      if (kind == StateKind.PARALLEL) {
        collectBranches(scope, state);
      } else if (kind == StateKind.MAP) {
        collectProcessor(scope, state);
      }
    }
  }

  private void collectBranches(Scope scope, StateNode state) {
    JsonNode branches = state.field("Branches");
    if (branches == null || !branches.isArray()) {
      return;
    }
    for (int i = 0; i < branches.size(); i++) {
      JsonNode b = branches.get(i);
      if (b.isObject()) {
        String p = Pointers.child(state.pointer("Branches"), i);
        Scope child = new Scope(Scope.Kind.BRANCH, p, b, scope, state, false);
        scope.addChild(child);
        collect(child, b);
      }
    }
  }

  private void collectProcessor(Scope scope, StateNode state) {
    // With both fields present (an error reported elsewhere) the ItemProcessor is the one used.
    String field = state.field("ItemProcessor") != null ? "ItemProcessor" : "Iterator";
    JsonNode p = state.field(field);
    if (p == null || !p.isObject()) {
      return;
    }
    boolean distributed = "DISTRIBUTED".equals(p.path("ProcessorConfig").path("Mode").asText(""));
    Scope child =
        new Scope(Scope.Kind.ITERATION, state.pointer(field), p, scope, state, distributed);
    scope.addChild(child);
    collect(child, p);
  }

  /**
   * AWS reads a present QueryLanguage as JSONPath only when it is exactly "JSONPath"; any other
   * value (already reported by the parser when it is not "JSONata") counts as JSONata.
   */
  private static QueryLanguage language(JsonNode node, QueryLanguage fallback) {
    if (node == null || node.isNull()) {
      return fallback;
    }
    return node.isTextual() && node.asText().equals(QueryLanguage.JSONPATH.text())
        ? QueryLanguage.JSONPATH : QueryLanguage.JSONATA;
  }
}
