package dev.asl4j.interpreter.internal;

import dev.asl4j.parser.model.Branch;
import dev.asl4j.parser.model.Catcher;
import dev.asl4j.parser.model.ChoiceState;
import dev.asl4j.parser.model.FailState;
import dev.asl4j.parser.model.MapState;
import dev.asl4j.parser.model.ParallelState;
import dev.asl4j.parser.model.PassState;
import dev.asl4j.parser.model.Retrier;
import dev.asl4j.parser.model.State;
import dev.asl4j.parser.model.StateMachine;
import dev.asl4j.parser.model.SucceedState;
import dev.asl4j.parser.model.TaskState;
import dev.asl4j.parser.model.WaitState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a validated model into executable nodes: the engine's single switch on the state
 * kind. Transitions ({@code Next}, {@code Default}, Choice rules, Catchers) become node
 * references, so running a state never looks a name up.
 */
final class Planner {
  private Planner() {}

  static Graph plan(StateMachine model) {
    return plan(model.root());
  }

  static Graph plan(Branch branch) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (State s : branch.states().values()) {
      nodes.put(s.name(), create(s));
    }
    for (State s : branch.states().values()) {
      link(nodes.get(s.name()), s, nodes);
    }
    return new Graph(branch.pointer(), target(nodes, branch.startAt(), branch.pointer() + "/StartAt"), nodes);
  }

  private static Node create(State s) {
    switch (s.kind()) {
      case PASS:
        return new PassNode((PassState) s);
      case TASK:
        return withErrorHandling(new TaskNode((TaskState) s), ((TaskState) s).retry(),
            ((TaskState) s).catchers());
      case CHOICE:
        return new ChoiceNode((ChoiceState) s);
      case WAIT:
        return new WaitNode((WaitState) s);
      case SUCCEED:
        return new SucceedNode((SucceedState) s);
      case FAIL:
        return new FailNode((FailState) s);
      case PARALLEL: {
        ParallelState p = (ParallelState) s;
        List<Graph> branches = new ArrayList<>();
        for (Branch b : p.branches()) {
          branches.add(plan(b));
        }
        return withErrorHandling(new ParallelNode(p, branches), p.retry(), p.catchers());
      }
      case MAP: {
        MapState m = (MapState) s;
        return withErrorHandling(
            new MapNode(m, plan(m.processor().graph())), m.retry(), m.catchers());
      }
      default:
        throw new IllegalStateException("unknown state kind " + s.kind());
    }
  }

  private static Node withErrorHandling(Node n, List<Retrier> retry, List<Catcher> catchers) {
    if (!retry.isEmpty()) {
      n.retriers = retry.stream().map(RetryRule::new).toArray(RetryRule[]::new);
    }
    if (!catchers.isEmpty()) {
      n.catchers = catchers.stream().map(CatchRule::new).toArray(CatchRule[]::new);
    }
    return n;
  }

  private static void link(Node n, State s, Map<String, Node> nodes) {
    s.common().next().ifPresent(next -> n.next = target(nodes, next, s.pointer() + "/Next"));
    for (CatchRule c : n.catchers) {
      c.next = target(nodes, c.nextName, s.pointer() + "/Catch");
    }
    if (n instanceof ChoiceNode) {
      ((ChoiceNode) n).link(nodes);
    }
  }

  static Node target(Map<String, Node> nodes, String name, String where) {
    Node n = nodes.get(name);
    if (n == null) {
      // The validator rejects such definitions; reaching here means it was bypassed.
      throw new IllegalStateException(where + ": state \"" + name + "\" does not exist");
    }
    return n;
  }
}
