package dev.asl4j.testing;

/** The Mermaid picture of a definition's coverage, when a graph renderer is available. */
final class CoverageGraph {
  private CoverageGraph() {}

  /** Mermaid text, or null while asl-parser has no graph renderer. */
  static String mermaid(CoverageCollector c) {
    return null;
  }
}
