package dev.asl4j.interpreter.internal;

import dev.asl4j.parser.model.StateMachine;
import dev.asl4j.parser.model.StateMachineType;

/**
 * A planned state machine: the model, its compiled top-level graph and how it was loaded.
 * Immutable and shared by every execution.
 */
public final class CompiledMachine {
  private final StateMachine model;
  private final Graph root;
  private final String name;
  private final String arn;
  private final StateMachineType type;
  /** The stored definition's id when the engine has a store, else null. */
  private volatile String definitionId;
  private volatile java.util.Map<String, Object> byPointer;

  CompiledMachine(StateMachine model, Graph root, String name, String arn, StateMachineType type) {
    this.model = model;
    this.root = root;
    this.name = name;
    this.arn = arn;
    this.type = type;
  }

  /** Plans {@code model}; see {@link Planner}. */
  public static CompiledMachine plan(
      StateMachine model, String name, String arn, StateMachineType type) {
    return new CompiledMachine(model, Planner.plan(model), name, arn, type);
  }

  public StateMachine model() {
    return model;
  }

  Graph root() {
    return root;
  }

  public String name() {
    return name;
  }

  public String arn() {
    return arn;
  }

  public StateMachineType type() {
    return type;
  }

  /** The id of the stored definition this machine was loaded from, or null. */
  public String definitionId() {
    return definitionId;
  }

  public void definitionId(String id) {
    this.definitionId = id;
  }

  /** The graph whose branch pointer is {@code pointer} ({@code ""}: the top level), or null. */
  Graph graph(String pointer) {
    Object o = index().get(pointer);
    return o instanceof Graph ? (Graph) o : null;
  }

  /** The node at {@code pointer}, or null. */
  Node node(String pointer) {
    Object o = index().get(pointer);
    return o instanceof Node ? (Node) o : null;
  }

  private java.util.Map<String, Object> index() {
    java.util.Map<String, Object> m = byPointer;
    if (m == null) {
      m = new java.util.HashMap<>();
      addGraph(m, root);
      byPointer = m;
    }
    return m;
  }

  private static void addGraph(java.util.Map<String, Object> m, Graph g) {
    m.put(g.pointer, g);
    for (Node n : g.nodes.values()) {
      m.put(n.pointer, n);
      if (n instanceof ParallelNode) {
        for (Graph b : ((ParallelNode) n).branches) {
          addGraph(m, b);
        }
      } else if (n instanceof MapNode) {
        addGraph(m, ((MapNode) n).processor);
      }
    }
  }
}
