package dev.asl4j.interpreter.testcase;

import dev.asl4j.parser.model.Branch;
import dev.asl4j.parser.model.MapState;
import dev.asl4j.parser.model.ParallelState;
import dev.asl4j.parser.model.State;
import dev.asl4j.parser.model.StateKind;
import dev.asl4j.parser.model.StateMachine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the state names that mocks are keyed by against the definitions they mock, so a
 * misspelt name fails at once with a suggestion instead of leaving a task unmocked.
 */
final class MockTargets {
  /** Names shown when nothing is close enough to suggest. */
  private static final int MAX_LISTED = 8;

  private MockTargets() {}

  static List<String> unknown(Collection<String> mocked, Collection<StateMachine> models) {
    Map<String, StateKind> states = new LinkedHashMap<>();
    for (StateMachine m : models) {
      collect(m.root(), states);
    }
    List<String> tasks = new ArrayList<>();
    states.forEach((n, k) -> {
      if (k == StateKind.TASK) {
        tasks.add(n);
      }
    });
    List<String> problems = new ArrayList<>();
    for (String name : mocked) {
      StateKind k = states.get(name);
      if (k == StateKind.TASK) {
        continue;
      }
      if (k != null) {
        problems.add("\"" + name + "\" is a " + k.typeName() + " state, not a Task state");
      } else {
        problems.add("no Task state is named \"" + name + "\"" + hint(name, tasks));
      }
    }
    return problems;
  }

  private static String hint(String name, List<String> tasks) {
    if (tasks.isEmpty()) {
      return " (the definition has no Task state)";
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String t : tasks) {
      int d = distance(name.toLowerCase(Locale.ROOT), t.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = t;
        bestDistance = d;
      }
    }
    if (bestDistance <= Math.max(2, name.length() / 3)) {
      return "; did you mean \"" + best + "\"?";
    }
    List<String> shown = tasks.size() > MAX_LISTED ? tasks.subList(0, MAX_LISTED) : tasks;
    return " (Task states: " + String.join(", ", shown) + (shown.size() < tasks.size() ? ", …)" : ")");
  }

  private static void collect(Branch b, Map<String, StateKind> into) {
    for (State s : b.states().values()) {
      into.putIfAbsent(s.name(), s.kind());
      if (s instanceof ParallelState p) {
        p.branches().forEach(x -> collect(x, into));
      } else if (s instanceof MapState m) {
        collect(m.processor().graph(), into);
      }
    }
  }

  /** Levenshtein distance; names are short, so the quadratic table is cheap. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
