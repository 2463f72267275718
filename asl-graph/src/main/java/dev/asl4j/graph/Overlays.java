package dev.asl4j.graph;

import dev.asl4j.graph.GraphModel.Edge;
import dev.asl4j.graph.GraphModel.EdgeKind;
import dev.asl4j.graph.GraphModel.Mark;
import dev.asl4j.graph.GraphModel.Node;
import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Applies a {@link GraphOverlay} to built nodes and edges: marks and taken edges. */
final class Overlays {
  private Overlays() {}

  static void apply(GraphOverlay overlay, List<Node> nodes, List<Edge> edges) {
    switch (overlay.kind()) {
      case NONE -> {}
      case COVERAGE -> coverage(overlay.visited(), nodes);
      case EXECUTION -> execution(overlay, nodes, edges);
    }
  }

  /**
   * Marks each state an error points into and writes every diagnostic (warnings too) as one
   * line into {@code lines}. A pointer belongs to the deepest state whose pointer is a prefix of it at a
   * {@code /} boundary; a diagnostic of the document itself ({@code /StartAt}...) marks none.
   */
  static void problems(GraphOverlay overlay, Map<String, Node> byPointer, List<String> lines) {
    for (Diagnostic d : overlay.diagnostics()) {
      String where = d.pointer().isEmpty() ? "(document)" : d.pointer();
      String text = d.severity() + " [" + d.code() + "] " + where + ": " + d.message();
      lines.add(text);
      if (d.severity() != Severity.ERROR) {
        continue;
      }
      for (String p = d.pointer(); !p.isEmpty(); p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
        Node n = byPointer.get(p);
        if (n != null) {
          n.problems.add(text);
          break;
        }
      }
    }
  }

  private static void coverage(Set<String> visited, List<Node> nodes) {
    for (Node n : nodes) {
      if (n.isState()) {
        n.mark = visited.contains(n.name) ? Mark.NONE : Mark.UNVISITED;
      }
    }
  }

  private static void execution(GraphOverlay overlay, List<Node> nodes, List<Edge> edges) {
    for (Node n : nodes) {
      if (!n.isState()) {
        continue;
      }
      if (n.name.equals(overlay.failedState())) {
        n.mark = Mark.FAILED;
      } else if (overlay.visited().contains(n.name)) {
        n.mark = Mark.VISITED;
      }
    }
    // Edges between states, by endpoint names (names are unique across a machine).
    Map<String, List<Edge>> byPair = new HashMap<>();
    for (Edge e : edges) {
      if (e.from.isState() && e.to.isState() && e.kind != EdgeKind.RETRY) {
        byPair.computeIfAbsent(e.from.name + "\u0000" + e.to.name, k -> new ArrayList<>()).add(e);
      }
    }
    List<String> path = overlay.path();
    for (int j = 0; j < path.size(); j++) {
      // Link each entry to the latest earlier entry with an edge to it: with Parallel/Map the
      // previous entry may be in another branch.
      for (int i = j - 1; i >= 0; i--) {
        List<Edge> hit = byPair.get(path.get(i) + "\u0000" + path.get(j));
        if (hit != null) {
          hit.forEach(e -> e.taken = true);
          break;
        }
      }
    }
    if (!path.isEmpty()) {
      String first = path.get(0);
      for (Edge e : edges) {
        if (e.kind == EdgeKind.START && e.to.name.equals(first)) {
          e.taken = true;
        }
        // An End state that was entered and is not where the execution failed ended its scope
        // (a Succeed state too): with branches, several scopes end, not only the last entry's.
        boolean ended = e.kind == EdgeKind.END && e.from.isState()
            && overlay.visited().contains(e.from.name) && !e.from.name.equals(overlay.failedState());
        if (ended) {
          e.taken = true;
        }
      }
    }
  }
}
