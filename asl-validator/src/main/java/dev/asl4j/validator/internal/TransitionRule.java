package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.model.StateKind;

/**
 * Every transition names a state of its own scope; Next/End are used as each state type requires;
 * Choice rules carry Next only at the top level. AWS words a dangling target "Missing 'Next'
 * target: B" whatever the field (Next, Default, Choices[i].Next, Catch[i].Next).
 */
final class TransitionRule implements Rule {
  @Override
  public void check(Definition def, Sink sink) {
    for (Scope scope : def.scopes()) {
      String start = scope.startAt();
      // Without a States object every StartAt would dangle; the parser reports the missing field.
      if (start != null && scope.hasStates() && !scope.states().containsKey(start)) {
        target(def, scope, "StartAt", start, scope.startAtPointer(), sink);
      }
      for (StateNode state : scope.states().values()) {
        checkState(def, state, sink);
      }
    }
  }

  private void checkState(Definition def, StateNode state, Sink sink) {
    JsonNode next = state.field("Next");
    boolean end = state.field("End") != null && state.field("End").asBoolean(false);
    if (next != null && next.isTextual()) {
      target(def, state.scope(), "Next", next.asText(), state.pointer("Next"), sink);
    }
    StateKind kind = state.kind();
    if (kind != null) {
      switch (kind) {
        case CHOICE:
          if (state.has("End")) {
            sink.error(DiagnosticCode.INVALID_TRANSITION, state.pointer("End"),
                "A Choice state cannot be an End state; it transitions through Choices and Default");
          }
          if (next != null) {
            sink.error(DiagnosticCode.INVALID_TRANSITION, state.pointer("Next"),
                "A Choice state cannot have 'Next'; use 'Default' and the Next of each rule");
          }
          checkChoice(def, state, sink);
          break;
        case SUCCEED:
        case FAIL:
          // Terminal by nature; a Next or End here is an unknown field, reported by the parser.
          break;
        default:
          if (next != null && end) {
            sink.error(DiagnosticCode.INVALID_TRANSITION, state.pointer("End"),
                "A state cannot have both 'Next' and 'End'");
          } else if (next == null && !end) {
            sink.errorAtKey(DiagnosticCode.INVALID_TRANSITION, state.pointer(),
                "State '" + state.name() + "' needs either 'Next' or 'End': true");
          }
      }
    }
    JsonNode catchers = state.field("Catch");
    if (catchers != null && catchers.isArray()) {
      for (int i = 0; i < catchers.size(); i++) {
        JsonNode n = catchers.get(i).get("Next");
        if (n != null && n.isTextual()) {
          String p = Pointers.child(Pointers.child(state.pointer("Catch"), i), "Next");
          target(def, state.scope(), "Next", n.asText(), p, sink);
        }
      }
    }
  }

  private void checkChoice(Definition def, StateNode state, Sink sink) {
    JsonNode dflt = state.field("Default");
    if (dflt != null && dflt.isTextual()) {
      target(def, state.scope(), "Next", dflt.asText(), state.pointer("Default"), sink);
    }
    JsonNode choices = state.field("Choices");
    if (choices == null || !choices.isArray()) {
      return;
    }
    for (int i = 0; i < choices.size(); i++) {
      JsonNode rule = choices.get(i);
      if (!rule.isObject()) {
        continue;
      }
      String p = Pointers.child(state.pointer("Choices"), i);
      JsonNode n = rule.get("Next");
      if (n == null) {
        sink.error(DiagnosticCode.INVALID_TRANSITION, p,
            "A top-level Choice rule must have 'Next'");
      } else if (n.isTextual()) {
        target(def, state.scope(), "Next", n.asText(), Pointers.child(p, "Next"), sink);
      }
      nested(rule, p, sink);
    }
  }

  /** Rules under And/Or/Not are tests only: a Next there would never be followed. */
  private void nested(JsonNode rule, String pointer, Sink sink) {
    for (String op : new String[] {"And", "Or"}) {
      JsonNode list = rule.get(op);
      if (list != null && list.isArray()) {
        for (int i = 0; i < list.size(); i++) {
          inner(list.get(i), Pointers.child(Pointers.child(pointer, op), i), sink);
        }
      }
    }
    JsonNode not = rule.get("Not");
    if (not != null) {
      inner(not, Pointers.child(pointer, "Not"), sink);
    }
  }

  private void inner(JsonNode rule, String pointer, Sink sink) {
    if (!rule.isObject()) {
      return;
    }
    if (rule.has("Next")) {
      sink.error(DiagnosticCode.INVALID_TRANSITION, Pointers.child(pointer, "Next"),
          "A nested Choice rule (under And, Or or Not) cannot have 'Next'");
    }
    nested(rule, pointer, sink);
  }

  private void target(
      Definition def, Scope scope, String field, String name, String pointer, Sink sink) {
    if (scope.states().containsKey(name)) {
      return;
    }
    StateNode elsewhere = find(def, name);
    String message = "Missing '" + field + "' target: " + name;
    if (elsewhere == null) {
      sink.error(DiagnosticCode.MISSING_TRANSITION_TARGET, pointer, message);
    } else {
      String why = scope.kind() == Scope.Kind.ROOT
          ? "a transition cannot enter " + elsewhere.scope().describe()
          : "a transition cannot leave " + scope.describe();
      sink.error(DiagnosticCode.TRANSITION_OUT_OF_SCOPE, pointer,
          message + " (state '" + name + "' exists, but " + why + ")");
    }
  }

  private static StateNode find(Definition def, String name) {
    for (StateNode s : def.states()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }
}
