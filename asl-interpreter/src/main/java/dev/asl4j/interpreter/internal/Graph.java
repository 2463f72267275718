package dev.asl4j.interpreter.internal;

import java.util.Map;

/**
 * A compiled set of states with a start: the top level, a Parallel branch or a Map's item
 * processor.
 */
final class Graph {
  /** The branch's pointer: {@code ""} at the top level, e.g. {@code /States/P/Branches/0}. */
  final String pointer;
  final Node start;
  final Map<String, Node> nodes;

  Graph(String pointer, Node start, Map<String, Node> nodes) {
    this.pointer = pointer;
    this.start = start;
    this.nodes = nodes;
  }
}
