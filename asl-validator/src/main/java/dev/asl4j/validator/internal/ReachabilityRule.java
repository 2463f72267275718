package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.model.StateKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Each scope has a terminal state and every state can be reached from {@code StartAt}. As AWS
 * does, a scope without any terminal state gets "Workflow has no terminal state" and no
 * unreachable-state findings (everything would follow from the first problem).
 */
final class ReachabilityRule implements Rule {
  @Override
  public void check(Definition def, Sink sink) {
    for (Scope scope : def.scopes()) {
      if (scope.states().isEmpty()) {
        continue; // an empty States object is a schema error the parser reports
      }
      if (scope.states().values().stream().noneMatch(ReachabilityRule::terminal)) {
        String where = scope.kind() == Scope.Kind.ROOT ? "" : " in " + scope.describe();
        sink.error(DiagnosticCode.MISSING_END_STATE, scope.pointer(),
            "Workflow has no terminal state" + where);
        continue;
      }
      String start = scope.startAt();
      if (start == null || !scope.states().containsKey(start)) {
        continue; // reported as a missing target; every state would look unreachable
      }
      Set<String> seen = reach(scope, start);
      for (StateNode s : scope.states().values()) {
        if (!seen.contains(s.name())) {
          sink.errorAtKey(DiagnosticCode.UNREACHABLE_STATE, s.pointer(),
              "State \"" + s.name() + "\" is not reachable.");
        }
      }
    }
  }

  static boolean terminal(StateNode s) {
    if (s.kind() == StateKind.SUCCEED || s.kind() == StateKind.FAIL) {
      return true;
    }
    JsonNode end = s.field("End");
    return s.kind() != StateKind.CHOICE && end != null && end.asBoolean(false);
  }

  private static Set<String> reach(Scope scope, String start) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(start);
    while (!todo.isEmpty()) {
      String name = todo.pop();
      StateNode s = scope.states().get(name);
      if (s == null || !seen.add(name)) {
        continue;
      }
      for (String t : targets(s)) {
        todo.push(t);
      }
    }
    return seen;
  }

  /** Every state name this state may transition to. */
  static List<String> targets(StateNode s) {
    List<String> out = new ArrayList<>();
    add(out, s.field("Next"));
    add(out, s.field("Default"));
    for (String list : new String[] {"Choices", "Catch"}) {
      JsonNode arr = s.field(list);
      if (arr != null && arr.isArray()) {
        for (JsonNode item : arr) {
          add(out, item.get("Next"));
        }
      }
    }
    return out;
  }

  private static void add(List<String> out, JsonNode n) {
    if (n != null && n.isTextual()) {
      out.add(n.asText());
    }
  }
}
