package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.model.QueryLanguage;
import dev.asl4j.parser.model.State;
import dev.asl4j.parser.model.StateKind;

/**
 * An executable state, built once by the {@link Planner}: transitions resolved to node references,
 * paths and templates kept parsed. {@link #execute} runs the state for a fiber and says where to
 * go; nodes hold no per-execution data (that lives in the {@link Fiber}), so one node serves every
 * execution concurrently.
 */
abstract class Node {
  static final RetryRule[] NO_RETRY = new RetryRule[0];
  static final CatchRule[] NO_CATCH = new CatchRule[0];

  final String name;
  /** Where the state is in the definition, e.g. {@code /States/P/Branches/0/States/A}. */
  final String pointer;
  final StateKind kind;
  final EventType enteredType;
  final EventType exitedType;
  final boolean jsonata;
  final Path inputPath;
  final Path outputPath;
  /** Resolved {@code Next}; null for end states. */
  Node next;
  boolean end;
  RetryRule[] retriers = NO_RETRY;
  CatchRule[] catchers = NO_CATCH;

  Node(State state, EventType enteredType, EventType exitedType) {
    this.name = state.name();
    this.pointer = state.pointer();
    this.kind = state.kind();
    this.enteredType = enteredType;
    this.exitedType = exitedType;
    this.jsonata = state.queryLanguage() == QueryLanguage.JSONATA;
    this.inputPath = state.common().inputPath();
    this.outputPath = state.common().outputPath();
    this.end = state.common().end();
  }

  /** Runs the state on {@code f.stateInput}; sets {@code f.output}/{@code f.next} or the error. */
  abstract Outcome execute(Fiber f);

  /**
   * The fiber is being torn down while suspended in this state (a sibling branch failed, the
   * execution stopped or timed out): cancel whatever is pending. Returns the aborted-event type to
   * record, or null for none.
   */
  EventType abort(Fiber f) {
    return null;
  }

  /** Finishes the state with {@code output}: to {@code Next}, or the end of the branch. */
  final Outcome done(Fiber f, JsonNode output) {
    f.output = output;
    if (end) {
      return Outcome.END;
    }
    f.next = next;
    return Outcome.NEXT;
  }

  @Override
  public String toString() {
    return kind.typeName() + " '" + name + "'";
  }
}
