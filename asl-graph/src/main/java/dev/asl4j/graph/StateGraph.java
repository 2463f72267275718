package dev.asl4j.graph;

import dev.asl4j.parser.model.StateMachine;
import java.util.Objects;

/**
 * Draws a state machine: every state (Choice as a diamond, Succeed/Fail as terminal shapes,
 * Parallel/Map as boxes holding their branches), {@code Next} edges, Choice rules labelled with
 * their condition, {@code Default}, dashed Catch edges labelled with the errors, Retry as a
 * self-loop labelled with errors and {@code MaxAttempts}, and start/end markers.
 *
 * <pre>
 * StateMachine m = AslParser.create().parse(text, "order.asl.json").model().orElseThrow();
 * String mermaid = StateGraph.render(m, GraphFormat.MERMAID);
 * String svg = StateGraph.render(m, GraphFormat.SVG,
 *     GraphOverlay.execution(List.of("Validate", "Charge"), "Charge"));
 * </pre>
 *
 * <p>The SVG is laid out by Eclipse ELK's layered algorithm: orthogonal edges routed around
 * boxes and Parallel/Map clusters, boxes sized from their measured text (wrapped at spaces,
 * never cut; Mermaid and DOT labels of long conditions are shortened with an ellipsis).
 *
 * <p>The output is deterministic: the same machine and overlay always give the same text.
 * Invalid models are drawn too (a transition to an unknown state points at a dashed "missing"
 * node; {@link GraphOverlay#withDiagnostics} marks the states the diagnostics point into), so a
 * picture can help explain a diagnostic.
 */
public final class StateGraph {
  /**
   * The most boxes plus edges an SVG picture is laid out with. Layered layout grows faster than
   * linearly with long edges; the largest real-world definitions we have seen have about 250,
   * laid out in well under a second. Larger definitions are refused (Mermaid and DOT have no
   * such limit).
   */
  public static final int MAX_SVG_ELEMENTS = 600;

  private StateGraph() {}

  /** The plain picture of {@code machine} in {@code format} (see the three-argument form). */
  public static String render(StateMachine machine, GraphFormat format) {
    return render(machine, format, GraphOverlay.none());
  }

  /**
   * The picture of {@code machine} in {@code format} with {@code overlay} highlighted.
   *
   * @throws IllegalArgumentException for SVG, when the picture would have more than {@link
   *     #MAX_SVG_ELEMENTS} boxes and edges
   */
  public static String render(StateMachine machine, GraphFormat format, GraphOverlay overlay) {
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(overlay, "overlay");
    return switch (format) {
      case MERMAID -> MermaidRenderer.render(GraphBuilder.build(machine, overlay));
      case DOT -> DotRenderer.render(GraphBuilder.build(machine, overlay));
      case SVG -> svg(GraphBuilder.build(machine, overlay, ConditionText.FULL));
    };
  }

  private static String svg(GraphModel g) {
    int elements = count(g.root);
    if (elements > MAX_SVG_ELEMENTS) {
      throw new IllegalArgumentException("the definition is too large to lay out as SVG: "
          + elements + " boxes and edges, the limit is " + MAX_SVG_ELEMENTS
          + "; draw it as Mermaid or DOT instead");
    }
    return SvgRenderer.render(g);
  }

  private static int count(GraphModel.Scope scope) {
    int n = scope.nodes.size() + scope.edges.size();
    for (GraphModel.Node node : scope.nodes) {
      for (GraphModel.Scope child : node.children) {
        n += count(child);
      }
    }
    return n;
  }
}
