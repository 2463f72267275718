package dev.asl4j.testing;

import dev.asl4j.graph.GraphFormat;
import dev.asl4j.graph.GraphOverlay;
import dev.asl4j.graph.StateGraph;

/** The Mermaid picture of a definition's coverage: states never entered are drawn grey and dashed. */
final class CoverageGraph {
  private CoverageGraph() {}

  /** Mermaid flowchart text for {@code c}'s definition with its unvisited states marked. */
  static String mermaid(CoverageCollector c) {
    return StateGraph.render(c.model(), GraphFormat.MERMAID, GraphOverlay.coverage(c.visited()));
  }
}
