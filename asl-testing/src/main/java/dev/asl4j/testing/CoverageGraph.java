package dev.asl4j.testing;

import dev.asl4j.parser.graph.GraphFormat;
import dev.asl4j.parser.graph.GraphOverlay;
import dev.asl4j.parser.graph.StateGraph;

/** The Mermaid picture of a definition's coverage: states never entered are drawn grey and dashed. */
final class CoverageGraph {
  private CoverageGraph() {}

  /** Mermaid flowchart text for {@code c}'s definition with its unvisited states marked. */
  static String mermaid(CoverageCollector c) {
    return StateGraph.render(c.model(), GraphFormat.MERMAID, GraphOverlay.coverage(c.visited()));
  }
}
