package dev.asl4j.interpreter.internal;

import java.util.Map;

/**
 * A compiled set of states with a start: the top level, a Parallel branch or a Map's item
 * processor.
 */
final class Graph {
  final Node start;
  final Map<String, Node> nodes;

  Graph(Node start, Map<String, Node> nodes) {
    this.start = start;
    this.nodes = nodes;
  }
}
