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
}
