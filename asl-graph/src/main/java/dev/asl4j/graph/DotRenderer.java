package dev.asl4j.graph;

import dev.asl4j.graph.GraphModel.Edge;
import dev.asl4j.graph.GraphModel.Mark;
import dev.asl4j.graph.GraphModel.Node;
import dev.asl4j.graph.GraphModel.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a Graphviz {@code digraph}. Every id and label is a quoted DOT string; Parallel
 * branches and Map processors are {@code cluster_} subgraphs so {@code dot} draws boxes around
 * them. Overlay marks also go into the {@code class} attribute, which Graphviz copies into SVG.
 */
final class DotRenderer {
  private final StringBuilder out = new StringBuilder();
  private final List<Edge> edges = new ArrayList<>();

  private DotRenderer() {}

  static String render(GraphModel g) {
    DotRenderer r = new DotRenderer();
    r.out.append("digraph \"state machine\" {\n")
        .append("  rankdir=TB;\n")
        .append("  node [fontname=\"Helvetica\", fontsize=11, shape=box];\n")
        .append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    r.scope(g.root, "  ");
    for (Edge e : r.edges) {
      r.edge(e);
    }
    r.out.append("}\n");
    return r.out.toString();
  }

  private void scope(Scope scope, String indent) {
    for (Node n : scope.nodes) {
      if (n.children.isEmpty()) {
        node(n, indent);
        continue;
      }
      out.append(indent).append("subgraph ").append(quote("cluster_k" + n.id)).append(" {\n")
          .append(indent).append("  label=").append(quote(n.label() + " (" + MermaidRenderer.kindName(n) + ")"))
          .append("; style=\"rounded\"; color=\"#607d8b\";\n");
      node(n, indent + "  ");
      for (Scope child : n.children) {
        out.append(indent).append("  subgraph ").append(quote("cluster_" + child.id)).append(" {\n")
            .append(indent).append("    label=").append(quote(child.label))
            .append("; style=\"rounded,dashed\"; color=\"#90a4ae\";\n");
        scope(child, indent + "    ");
        out.append(indent).append("  }\n");
      }
      out.append(indent).append("}\n");
    }
    edges.addAll(scope.edges);
  }

  private void node(Node n, String indent) {
    List<String> style = new ArrayList<>();
    StringBuilder attrs = new StringBuilder("label=").append(quote(n.label()));
    switch (n.kind) {
      case START -> attrs.append(", shape=circle, width=0.3, fixedsize=true, fontsize=8");
      case END -> attrs.append(", shape=doublecircle, width=0.3, fixedsize=true, fontsize=8");
      case CHOICE -> attrs.append(", shape=diamond");
      case SUCCEED -> attrs.append(", shape=oval, color=\"#2e7d32\"");
      case FAIL -> attrs.append(", shape=oval, color=\"#c62828\"");
      case PASS, WAIT -> style.add("rounded");
      case PARALLEL, MAP -> attrs.append(", shape=component");
      case MISSING -> {
        style.add("dashed");
        attrs.append(", color=\"#c62828\"");
      }
      case TASK -> {}
    }
    switch (n.mark) {
      case VISITED -> {
        style.add("filled");
        style.add("bold");
        attrs.append(", fillcolor=\"#c8e6c9\"");
      }
      case FAILED -> {
        style.add("filled");
        style.add("bold");
        attrs.append(", fillcolor=\"#ef9a9a\", color=\"#b71c1c\"");
      }
      case UNVISITED -> {
        style.add("dashed");
        attrs.append(", color=\"#9e9e9e\", fontcolor=\"#9e9e9e\"");
      }
      case NONE -> {}
    }
    List<String> classes = new ArrayList<>();
    if (n.mark != Mark.NONE) {
      classes.add(n.mark.name().toLowerCase(java.util.Locale.ROOT));
    }
    if (!n.problems.isEmpty()) {
      classes.add("error");
      attrs.append(", color=\"#c62828\", penwidth=3, tooltip=").append(quote(String.join("\n", n.problems)));
    }
    if (!classes.isEmpty()) {
      attrs.append(", class=").append(quote(String.join(" ", classes)));
    }
    if (!style.isEmpty()) {
      attrs.append(", style=").append(quote(String.join(",", style)));
    }
    out.append(indent).append(quote(n.id)).append(" [").append(attrs).append("];\n");
  }

  private void edge(Edge e) {
    StringBuilder attrs = new StringBuilder();
    if (!e.label.isEmpty()) {
      attrs.append("label=").append(quote(e.label));
    }
    if (e.dashed()) {
      sep(attrs).append("style=dashed");
    }
    if (e.kind == GraphModel.EdgeKind.CATCH) {
      sep(attrs).append("color=\"#c62828\", fontcolor=\"#c62828\"");
    }
    if (e.taken) {
      sep(attrs).append("color=\"#2e7d32\", penwidth=3, class=\"taken\"");
    }
    out.append("  ").append(quote(e.from.id)).append(" -> ").append(quote(e.to.id));
    if (attrs.length() > 0) {
      out.append(" [").append(attrs).append(']');
    }
    out.append(";\n");
  }

  private static StringBuilder sep(StringBuilder b) {
    return b.length() == 0 ? b : b.append(", ");
  }

  /**
   * A DOT quoted string. Backslash and quote are escaped; newlines become {@code \n}; {@code &}
   * becomes {@code &amp;} because Graphviz decodes HTML entities even in plain labels.
   */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '&' -> b.append("&amp;");
        case '\n' -> b.append("\\n");
        default -> {
          if (cp < 0x20 || cp == 0x7f || (cp >= 0xd800 && cp <= 0xdfff)) {
            b.append(' ');
          } else {
            b.appendCodePoint(cp);
          }
        }
      }
    });
    return b.append('"').toString();
  }
}
