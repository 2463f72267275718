package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.ChoiceRule;
import dev.asl4j.parser.model.ChoiceState;
import dev.asl4j.parser.model.Condition;
import java.util.List;
import java.util.Map;

/** {@code Choice}: the first rule that matches names the next state, else {@code Default}. */
final class ChoiceNode extends Node {
  private final ChoiceState state;
  private final List<ChoiceRule> rules;
  private final Condition[] conditions;
  private final Node[] targets;
  private Node defaultNext;

  ChoiceNode(ChoiceState s) {
    super(s, EventType.CHOICE_STATE_ENTERED, EventType.CHOICE_STATE_EXITED);
    this.state = s;
    this.rules = s.choices();
    this.conditions = rules.stream().map(ChoiceRule::condition).toArray(Condition[]::new);
    this.targets = new Node[rules.size()];
  }

  void link(Map<String, Node> nodes) {
    for (int i = 0; i < targets.length; i++) {
      String next = rules.get(i).next().orElse(null);
      if (next != null) {
        targets[i] = Planner.target(nodes, next, rules.get(i).pointer() + "/Next");
      }
    }
    state
        .defaultNext()
        .ifPresent(d -> defaultNext = Planner.target(nodes, d, state.pointer() + "/Default"));
  }

  @Override
  Outcome execute(Fiber f) {
    if (jsonata) {
      return JsonataFlow.choice(f, state, targets, defaultNext);
    }
    JsonNode in = DataFlow.select(inputPath, f.stateInput, f);
    for (int i = 0; i < conditions.length; i++) {
      if (Exprs.test(conditions[i], in, f)) {
        f.run.noteChoice(name, i);
        return go(f, targets[i], in, rules.get(i).assign().orElse(state.common().assign().orElse(null)));
      }
    }
    if (defaultNext == null) {
      return f.fail("States.NoChoiceMatched", null);
    }
    f.run.noteChoice(name, -1);
    return go(f, defaultNext, in, state.common().assign().orElse(null));
  }

  /** OutputPath may read a variable: it sees the value from before this state's Assign. */
  private Outcome go(Fiber f, Node target, JsonNode in, Template assign) {
    f.output = DataFlow.select(outputPath, in, f);
    Assignments.assign(f, assign, in);
    f.next = target;
    return Outcome.NEXT;
  }
}
