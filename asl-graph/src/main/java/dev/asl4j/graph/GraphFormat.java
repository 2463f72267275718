package dev.asl4j.graph;

/**
 * The picture formats {@link StateGraph} renders.
 *
 * <ul>
 *   <li>{@link #MERMAID}: a Mermaid {@code flowchart TD}, for Markdown on GitHub/GitLab;
 *   <li>{@link #DOT}: a Graphviz {@code digraph}, for {@code dot -Tsvg};
 *   <li>{@link #SVG}: a self-contained SVG document laid out with Eclipse ELK (no Graphviz).
 * </ul>
 */
public enum GraphFormat {
  MERMAID,
  DOT,
  SVG
}
