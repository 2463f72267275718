package dev.asl4j.graph;

import dev.asl4j.graph.GraphModel.Edge;
import dev.asl4j.graph.GraphModel.EdgeKind;
import dev.asl4j.graph.GraphModel.Node;
import dev.asl4j.graph.GraphModel.NodeKind;
import dev.asl4j.graph.GraphModel.Scope;
import dev.asl4j.parser.model.Branch;
import dev.asl4j.parser.model.Catcher;
import dev.asl4j.parser.model.ChoiceRule;
import dev.asl4j.parser.model.ChoiceState;
import dev.asl4j.parser.model.MapState;
import dev.asl4j.parser.model.ParallelState;
import dev.asl4j.parser.model.Retrier;
import dev.asl4j.parser.model.State;
import dev.asl4j.parser.model.StateMachine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link StateMachine} into a {@link GraphModel}: one node per state, markers, and one
 * edge per transition, then applies the overlay. Tolerates invalid models (dangling targets
 * become {@link NodeKind#MISSING} nodes) so a picture can help find the mistake.
 */
final class GraphBuilder {
  private final Ids ids = new Ids();
  private final ConditionText texts;
  /** Every state node by its JSON Pointer, for diagnostics. */
  private final Map<String, Node> byPointer = new java.util.HashMap<>();
  /** Every node built, for the overlay. */
  private final List<Node> allNodes = new ArrayList<>();
  private final List<Edge> allEdges = new ArrayList<>();

  private GraphBuilder(ConditionText texts) {
    this.texts = texts;
  }

  /** The model with the short labels Mermaid and DOT draw. */
  static GraphModel build(StateMachine machine, GraphOverlay overlay) {
    return build(machine, overlay, ConditionText.SHORT);
  }

  static GraphModel build(StateMachine machine, GraphOverlay overlay, ConditionText texts) {
    GraphBuilder b = new GraphBuilder(texts);
    Scope root = b.scope(machine.root(), "root", "State machine", null);
    Overlays.apply(overlay, b.allNodes, b.allEdges);
    GraphModel g = new GraphModel(root, overlay);
    Overlays.problems(overlay, b.byPointer, g.problems);
    return g;
  }

  /** Builds a scope; {@code owner} is the Parallel/Map node for a branch, null for the root. */
  private Scope scope(Branch branch, String idHint, String label, Node owner) {
    Scope scope = new Scope(ids.fresh("c", idHint), label);
    Map<String, Node> byName = new LinkedHashMap<>();
    Node start = null;
    if (owner == null) {
      start = add(scope, new Node(ids.fresh("m", "start"), "Start", NodeKind.START));
    }
    for (State s : branch.states().values()) {
      Node n = add(scope, new Node(ids.fresh("s", s.name()), s.name(), kindOf(s)));
      byName.put(s.name(), n);
      byPointer.put(s.pointer(), n);
    }
    Node end = null;
    Node first = target(scope, byName, branch.startAt());
    if (first != null) {
      if (owner == null) {
        edge(scope, start, first, EdgeKind.START, "");
      } else {
        edge(scope, owner, first, EdgeKind.BRANCH, label);
      }
    }
    for (State s : branch.states().values()) {
      Node from = byName.get(s.name());
      transitions(scope, byName, s, from);
      boolean ends = s.common().end() || s instanceof dev.asl4j.parser.model.SucceedState;
      if (ends) {
        if (end == null) {
          end = new Node(ids.fresh("m", "end"), "End", NodeKind.END);
        }
        edge(scope, from, end, EdgeKind.END, "");
      }
    }
    if (end != null) {
      add(scope, end);
    }
    for (State s : branch.states().values()) {
      children(byName.get(s.name()), s);
    }
    return scope;
  }

  private void transitions(Scope scope, Map<String, Node> byName, State s, Node from) {
    s.common().next().ifPresent(n -> edge(scope, from, target(scope, byName, n), EdgeKind.NEXT, ""));
    if (s instanceof ChoiceState c) {
      for (ChoiceRule rule : c.choices()) {
        String label = texts.of(rule.condition());
        rule.next().ifPresent(n -> edge(scope, from, target(scope, byName, n), EdgeKind.CHOICE, label));
      }
      c.defaultNext()
          .ifPresent(n -> edge(scope, from, target(scope, byName, n), EdgeKind.DEFAULT, "Default"));
    }
    List<Retrier> retry = retriers(s);
    if (!retry.isEmpty()) {
      List<String> lines = new ArrayList<>();
      for (Retrier r : retry) {
        lines.add(texts.retrier(r));
      }
      edge(scope, from, from, EdgeKind.RETRY, String.join("\n", lines));
    }
    for (Catcher c : catchers(s)) {
      edge(scope, from, target(scope, byName, c.next()), EdgeKind.CATCH,
          texts.errors(c.errorEquals()));
    }
  }

  private void children(Node node, State s) {
    if (s instanceof ParallelState p) {
      for (int i = 0; i < p.branches().size(); i++) {
        node.children.add(
            scope(p.branches().get(i), s.name() + "_b" + (i + 1), "Branch " + (i + 1), node));
      }
    } else if (s instanceof MapState m) {
      String label = m.processor().fieldName();
      if (m.processor().mode() == dev.asl4j.parser.model.ItemProcessor.ProcessorMode.DISTRIBUTED) {
        label += " (distributed)";
      }
      node.children.add(scope(m.processor().graph(), s.name() + "_items", label, node));
    }
  }

  private static List<Retrier> retriers(State s) {
    return switch (s.kind()) {
      case TASK -> ((dev.asl4j.parser.model.TaskState) s).retry();
      case PARALLEL -> ((ParallelState) s).retry();
      case MAP -> ((MapState) s).retry();
      default -> List.of();
    };
  }

  private static List<Catcher> catchers(State s) {
    return switch (s.kind()) {
      case TASK -> ((dev.asl4j.parser.model.TaskState) s).catchers();
      case PARALLEL -> ((ParallelState) s).catchers();
      case MAP -> ((MapState) s).catchers();
      default -> List.of();
    };
  }

  /** The node named {@code name} in this scope, or a new MISSING node standing for it. */
  private Node target(Scope scope, Map<String, Node> byName, String name) {
    if (name == null) {
      return null;
    }
    Node n = byName.get(name);
    if (n == null) {
      n = add(scope, new Node(ids.fresh("u", name), name, NodeKind.MISSING));
      byName.put(name, n);
    }
    return n;
  }

  private Node add(Scope scope, Node n) {
    scope.nodes.add(n);
    allNodes.add(n);
    return n;
  }

  private void edge(Scope scope, Node from, Node to, EdgeKind kind, String label) {
    if (from == null || to == null) {
      return;
    }
    Edge e = new Edge(from, to, kind, label);
    scope.edges.add(e);
    allEdges.add(e);
  }

  private static NodeKind kindOf(State s) {
    return switch (s.kind()) {
      case TASK -> NodeKind.TASK;
      case PASS -> NodeKind.PASS;
      case WAIT -> NodeKind.WAIT;
      case CHOICE -> NodeKind.CHOICE;
      case SUCCEED -> NodeKind.SUCCEED;
      case FAIL -> NodeKind.FAIL;
      case PARALLEL -> NodeKind.PARALLEL;
      case MAP -> NodeKind.MAP;
    };
  }
}
