package dev.asl4j.graph;

/**
 * The picture formats {@link StateGraph} renders.
 *
 * <ul>
 *   <li>{@link #MERMAID}: a Mermaid {@code flowchart TD}, for Markdown on GitHub/GitLab;
 *   <li>{@link #DOT}: a Graphviz {@code digraph}, for {@code dot -Tsvg};
 *   <li>{@link #SVG}: a self-contained SVG document laid out by asl4j itself (no Graphviz).
 * </ul>
 */
public enum GraphFormat {
  MERMAID,
  DOT,
  SVG
}
