package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code States} object with its {@code StartAt}: the machine itself, a Parallel branch or a
 * Map item processor. Transitions stay inside a scope, and each scope is a variable scope. A graph
 * node with identity, not a value: two scopes are never equal unless they are the same object.
 */
final class Scope {
  /** What holds the scope. */
  enum Kind {
    ROOT,
    BRANCH,
    ITERATION
  }

  private final Kind kind;
  private final String pointer;
  private final JsonNode node;
  private final Scope parent;
  private final StateNode owner;
  private final boolean distributed;
  private final Map<String, StateNode> states = new LinkedHashMap<>();
  private final List<Scope> children = new ArrayList<>();

  Scope(Kind kind, String pointer, JsonNode node, Scope parent, StateNode owner, boolean distributed) {
    this.kind = kind;
    this.pointer = pointer;
    this.node = node;
    this.parent = parent;
    this.owner = owner;
    this.distributed = distributed;
  }

  Kind kind() {
    return kind;
  }

  /** Pointer of the object holding {@code StartAt} and {@code States} ({@code ""} for the root). */
  String pointer() {
    return pointer;
  }

  /** The enclosing scope, or null for the root. */
  Scope parent() {
    return parent;
  }

  /** The Parallel or Map state holding this scope, or null for the root. */
  StateNode owner() {
    return owner;
  }

  /** Whether this is a Distributed Map's item processor (a separate child execution). */
  boolean distributed() {
    return distributed;
  }

  /** {@code StartAt} when it is a string, else null. */
  String startAt() {
    JsonNode s = node.get("StartAt");
    return s != null && s.isTextual() ? s.asText() : null;
  }

  /** Whether the scope has a {@code States} object (it may still be empty). */
  boolean hasStates() {
    return node.path("States").isObject();
  }

  String startAtPointer() {
    return pointer + "/StartAt";
  }

  /** The states of this scope by name, in definition order. */
  Map<String, StateNode> states() {
    return Collections.unmodifiableMap(states);
  }

  /** Scopes directly nested in states of this one. */
  List<Scope> children() {
    return Collections.unmodifiableList(children);
  }

  void add(StateNode state) {
    states.put(state.name(), state);
  }

  void addChild(Scope child) {
    children.add(child);
  }

  /** A short human description used in messages. */
  String describe() {
    switch (kind) {
      case BRANCH:
        return "a branch of Parallel state '" + owner.name() + "'";
      case ITERATION:
        return "the item processor of Map state '" + owner.name() + "'";
      default:
        return "the state machine";
    }
  }
}
