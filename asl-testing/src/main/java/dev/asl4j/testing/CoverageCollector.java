package dev.asl4j.testing;

import dev.asl4j.parser.model.Branch;
import dev.asl4j.parser.model.Catcher;
import dev.asl4j.parser.model.ChoiceRule;
import dev.asl4j.parser.model.ChoiceState;
import dev.asl4j.parser.model.MapState;
import dev.asl4j.parser.model.ParallelState;
import dev.asl4j.parser.model.Retrier;
import dev.asl4j.parser.model.State;
import dev.asl4j.parser.model.StateMachine;
import dev.asl4j.parser.model.TaskState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * State coverage of one definition across the tests of a class: which states were entered, which
 * Choice rules (and Default) were taken, which Catchers caught and which Retriers retried.
 * State names are unique across a whole machine, so names identify states in branches too.
 */
final class CoverageCollector {
  private final String definition;
  private final StateMachine model;
  private final Map<String, State> states = new LinkedHashMap<>();
  private final Set<String> entered = new LinkedHashSet<>();
  private final Set<String> choices = new LinkedHashSet<>();
  private final Set<String> catches = new LinkedHashSet<>();
  private final Set<String> retries = new LinkedHashSet<>();

  CoverageCollector(String definition, StateMachine model) {
    this.definition = definition;
    this.model = model;
    collect(model.root());
  }

  private void collect(Branch b) {
    for (State s : b.states().values()) {
      states.put(s.name(), s);
      if (s instanceof ParallelState p) {
        p.branches().forEach(this::collect);
      } else if (s instanceof MapState m) {
        collect(m.processor().graph());
      }
    }
  }

  String definition() {
    return definition;
  }

  StateMachine model() {
    return model;
  }

  synchronized void entered(String state) {
    entered.add(state);
  }

  /** Rule {@code rule} (-1: Default) of Choice {@code state} was taken. */
  synchronized void choice(String state, int rule) {
    choices.add(state + "#" + rule);
  }

  synchronized void caught(String state, int catcher) {
    catches.add(state + "#" + catcher);
  }

  synchronized void retried(String state, int retrier) {
    retries.add(state + "#" + retrier);
  }

  /** The states entered at least once. */
  synchronized Set<String> visited() {
    return new LinkedHashSet<>(entered);
  }

  /** What the tests never exercised. */
  synchronized Gaps gaps() {
    List<String> unvisited = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    List<String> catchers = new ArrayList<>();
    List<String> retriers = new ArrayList<>();
    int items = 0;
    for (State s : states.values()) {
      items++;
      if (!entered.contains(s.name())) {
        unvisited.add(s.name());
      }
      if (s instanceof ChoiceState c) {
        List<ChoiceRule> rs = c.choices();
        for (int i = 0; i < rs.size(); i++) {
          items++;
          if (!choices.contains(s.name() + "#" + i)) {
            rules.add("\"" + s.name() + "\" rule " + i + " (Next: " + rs.get(i).next().orElse("?") + ")");
          }
        }
        if (c.defaultNext().isPresent()) {
          items++;
          if (!choices.contains(s.name() + "#-1")) {
            rules.add("\"" + s.name() + "\" Default (Next: " + c.defaultNext().get() + ")");
          }
        }
      }
      List<Catcher> cs = catchersOf(s);
      for (int i = 0; i < cs.size(); i++) {
        items++;
        if (!catches.contains(s.name() + "#" + i)) {
          catchers.add("\"" + s.name() + "\" Catch[" + i + "] " + cs.get(i).errorEquals()
              + " (Next: " + cs.get(i).next() + ")");
        }
      }
      List<Retrier> rts = retriersOf(s);
      for (int i = 0; i < rts.size(); i++) {
        items++;
        if (!retries.contains(s.name() + "#" + i)) {
          retriers.add("\"" + s.name() + "\" Retry[" + i + "] " + rts.get(i).errorEquals());
        }
      }
    }
    int missed = unvisited.size() + rules.size() + catchers.size() + retriers.size();
    return new Gaps(items, items - missed, unvisited, rules, catchers, retriers);
  }

  private static List<Catcher> catchersOf(State s) {
    if (s instanceof TaskState t) {
      return t.catchers();
    }
    if (s instanceof ParallelState p) {
      return p.catchers();
    }
    return s instanceof MapState m ? m.catchers() : List.of();
  }

  private static List<Retrier> retriersOf(State s) {
    if (s instanceof TaskState t) {
      return t.retry();
    }
    if (s instanceof ParallelState p) {
      return p.retry();
    }
    return s instanceof MapState m ? m.retry() : List.of();
  }

  /**
   * The coverage gaps.
   *
   * @param items states + Choice rules/Defaults + Catchers + Retriers
   * @param covered how many of them were exercised
   */
  record Gaps(
      int items,
      int covered,
      List<String> unvisitedStates,
      List<String> untakenChoiceRules,
      List<String> untakenCatchers,
      List<String> untriggeredRetriers) {
    boolean complete() {
      return covered == items;
    }
  }
}
