package dev.asl4j.graph;

import dev.asl4j.graph.GraphModel.Edge;
import dev.asl4j.graph.GraphModel.Mark;
import dev.asl4j.graph.GraphModel.Node;
import dev.asl4j.graph.GraphModel.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a Mermaid {@code flowchart TD}. Node ids come from {@link Ids}; every label is quoted
 * and every character Mermaid's grammar could read as syntax is written as a Mermaid entity
 * ({@code #quot;}, {@code #35;}...), so state names cannot break out of their node.
 */
final class MermaidRenderer {
  private final StringBuilder out = new StringBuilder();
  private final List<Edge> edges = new ArrayList<>();
  private final Map<String, List<String>> classes = new LinkedHashMap<>();

  private MermaidRenderer() {}

  static String render(GraphModel g) {
    MermaidRenderer r = new MermaidRenderer();
    r.out.append("flowchart TD\n");
    r.scope(g.root, "  ");
    r.edges();
    r.styles();
    return r.out.toString();
  }

  private void scope(Scope scope, String indent) {
    for (Node n : scope.nodes) {
      if (n.children.isEmpty()) {
        node(n, indent);
      } else {
        out.append(indent).append("subgraph k").append(n.id).append(" [\"")
            .append(text(n.label() + " (" + kindName(n) + ")")).append("\"]\n");
        node(n, indent + "  ");
        for (Scope child : n.children) {
          out.append(indent).append("  subgraph ").append(child.id).append(" [\"")
              .append(text(child.label)).append("\"]\n");
          scope(child, indent + "    ");
          out.append(indent).append("  end\n");
        }
        out.append(indent).append("end\n");
      }
    }
    edges.addAll(scope.edges);
  }

  private void node(Node n, String indent) {
    String[] shape = shape(n);
    out.append(indent).append(n.id).append(shape[0]).append('"').append(text(n.label()))
        .append('"').append(shape[1]).append('\n');
    String kindClass = switch (n.kind) {
      case START, END -> "marker";
      case CHOICE -> "choice";
      case SUCCEED -> "succeed";
      case FAIL -> "failstate";
      case MISSING -> "missing";
      default -> null;
    };
    if (kindClass != null) {
      classes.computeIfAbsent(kindClass, k -> new ArrayList<>()).add(n.id);
    }
    if (n.mark != Mark.NONE) {
      classes.computeIfAbsent(n.mark.name().toLowerCase(java.util.Locale.ROOT),
          k -> new ArrayList<>()).add(n.id);
    }
    if (!n.problems.isEmpty()) {
      classes.computeIfAbsent("error", k -> new ArrayList<>()).add(n.id);
    }
  }

  private static String[] shape(Node n) {
    return switch (n.kind) {
      case START, END -> new String[] {"((", "))"};
      case CHOICE -> new String[] {"{", "}"};
      case SUCCEED, FAIL -> new String[] {"([", "])"};
      case PASS, WAIT -> new String[] {"(", ")"};
      case PARALLEL, MAP -> new String[] {"[[", "]]"};
      case TASK, MISSING -> new String[] {"[", "]"};
    };
  }

  static String kindName(Node n) {
    String k = n.kind.name();
    return k.charAt(0) + k.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  private void edges() {
    List<Integer> taken = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      Edge e = edges.get(i);
      out.append("  ").append(e.from.id).append(e.dashed() ? " -.->" : " -->");
      if (!e.label.isEmpty()) {
        out.append("|\"").append(text(e.label)).append("\"|");
      }
      out.append(' ').append(e.to.id).append('\n');
      if (e.taken) {
        taken.add(i);
      }
    }
    if (!taken.isEmpty()) {
      StringBuilder ix = new StringBuilder();
      for (int i : taken) {
        ix.append(ix.length() == 0 ? "" : ",").append(i);
      }
      out.append("  linkStyle ").append(ix).append(" stroke:#2e7d32,stroke-width:3px;\n");
    }
  }

  private void styles() {
    out.append("  classDef marker fill:#333,stroke:#333,color:#fff;\n");
    out.append("  classDef choice fill:#fff8e1,stroke:#f9a825;\n");
    out.append("  classDef succeed fill:#e8f5e9,stroke:#2e7d32;\n");
    out.append("  classDef failstate fill:#fdecea,stroke:#c62828;\n");
    out.append("  classDef missing fill:#fff,stroke:#c62828,stroke-dasharray:4 4;\n");
    out.append("  classDef visited fill:#c8e6c9,stroke:#2e7d32,stroke-width:3px;\n");
    out.append("  classDef failed fill:#ef9a9a,stroke:#b71c1c,stroke-width:3px;\n");
    out.append("  classDef unvisited fill:#f5f5f5,stroke:#9e9e9e,color:#9e9e9e,stroke-dasharray:5 5;\n");
    if (classes.containsKey("error")) {
      // only with diagnostics, so pictures of valid definitions stay as they were
      out.append("  classDef error stroke:#c62828,stroke-width:3px;\n");
    }
    for (Map.Entry<String, List<String>> c : classes.entrySet()) {
      out.append("  class ").append(String.join(",", c.getValue())).append(' ')
          .append(c.getKey()).append(";\n");
    }
  }

  /** {@code s} made safe inside a quoted Mermaid label; newlines become {@code <br>}. */
  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> b.append("#quot;");
        case '#' -> b.append("#35;");
        case '&' -> b.append("#amp;");
        case '<' -> b.append("#lt;");
        case '>' -> b.append("#gt;");
        case '|' -> b.append("#124;");
        case '`' -> b.append("#96;");
        case '%' -> b.append("#37;");
        case '\n' -> b.append("<br>");
        default -> {
          if (cp < 0x20 || cp == 0x7f || (cp >= 0xd800 && cp <= 0xdfff)) {
            b.append(' ');
          } else {
            b.appendCodePoint(cp);
          }
        }
      }
    });
    return b.toString();
  }
}
