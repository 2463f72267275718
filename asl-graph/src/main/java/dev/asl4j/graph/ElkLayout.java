package dev.asl4j.graph;

import dev.asl4j.graph.GraphModel.Edge;
import dev.asl4j.graph.GraphModel.EdgeKind;
import dev.asl4j.graph.GraphModel.Node;
import dev.asl4j.graph.GraphModel.NodeKind;
import dev.asl4j.graph.GraphModel.Scope;
import dev.asl4j.graph.Layout.Box;
import dev.asl4j.graph.Layout.Cluster;
import dev.asl4j.graph.Layout.Rect;
import dev.asl4j.graph.Layout.Route;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays the picture out with Eclipse ELK's layered algorithm, one scope at a time from the
 * innermost out: each branch of a Parallel/Map is laid out on its own, the Parallel/Map box is
 * sized to hold its branches side by side, and then it is an ordinary (large) node of the
 * enclosing scope. ASL transitions never leave their scope, so no edge ever has to enter a
 * cluster, and ELK's orthogonal routing keeps every edge of a scope off the boxes it does not
 * connect, clusters included. A branch's first state is reached from a small entry dot. Boxes
 * are sized from their measured text ({@link TextMetrics}), wrapped at spaces, never cut.
 */
final class ElkLayout {
  static final double FONT = 12;
  static final double LINE = 15;
  static final double LABEL_FONT = 11;
  static final double LABEL_LINE = 13;
  static final double NODE_TEXT_MAX = 200;
  static final double LABEL_TEXT_MAX = 240;
  static final double TITLE_TEXT_MAX = 260;
  private static final double PAD_X = 14;
  private static final double PAD_Y = 9;
  private static final double MIN_W = 80;
  private static final double BRANCH_GAP = 12;
  private static final double CLUSTER_TOP = 26;

  /** One laid-out scope, coordinates relative to its top-left corner. */
  private static final class Laid {
    final Scope scope;
    double w;
    double h;
    final List<Placed> nodes = new ArrayList<>();
    final List<Line> lines = new ArrayList<>();

    Laid(Scope scope) {
      this.scope = scope;
    }
  }

  /** A node placed in its scope; a Parallel/Map also carries its laid-out branches. */
  private static final class Placed {
    final Node node;
    final List<String> text;
    Rect rect;
    Rect textRect;
    final List<Laid> branches = new ArrayList<>();
    final List<double[]> branchAt = new ArrayList<>();

    Placed(Node node, List<String> text) {
      this.node = node;
      this.text = text;
    }
  }

  /** An edge in its scope (a BRANCH edge is drawn from the branch's entry dot). */
  private record Line(Edge edge, Placed from, Placed to, double[] points, List<String> label, Rect labelRect) {}

  /** An edge handed to ELK, waiting for its route. */
  private record Pending(Edge edge, Placed from, Placed to, List<String> label) {}

  private ElkLayout() {}

  static Layout layout(GraphModel g) {
    Laid root = scope(g.root, true);
    Layout out = new Layout();
    double top = 0;
    if (!g.problems.isEmpty()) {
      double width = Math.max(root.w, 360) - 24;
      for (String p : g.problems) {
        out.problems.addAll(TextMetrics.wrap(p, LABEL_FONT, false, width));
      }
      double h = out.problems.size() * LABEL_LINE + 12 + LINE;
      out.problemsRect = new Rect(8, 8, width + 8, h);
      top = h + 16;
    }
    emit(root, 4, 4 + top, null, out);
    out.width = Math.max(root.w, out.problemsRect == null ? 0 : out.problemsRect.right()) + 8;
    out.height = root.h + top + 8;
    return out;
  }

  /** Lays out {@code scope}: its composite nodes first (their size is needed), then ELK. */
  private static Laid scope(Scope scope, boolean isRoot) {
    Laid laid = new Laid(scope);
    Map<Node, Placed> placed = new IdentityHashMap<>();
    for (Node n : scope.nodes) {
      Placed p = n.children.isEmpty() ? leaf(n) : composite(n);
      placed.put(n, p);
      laid.nodes.add(p);
    }
    Placed entry = null;
    if (!isRoot) {
      entry = new Placed(new Node(scope.id + "_entry", "", NodeKind.START), List.of());
      entry.rect = new Rect(0, 0, 10, 10);
      laid.nodes.add(0, entry);
    }
    ElkNode graph = ElkGraphUtil.createGraph();
    configure(graph, isRoot);
    Map<Placed, ElkNode> elk = new IdentityHashMap<>();
    Map<Placed, ElkPort> endPort = new IdentityHashMap<>();
    for (Placed p : laid.nodes) {
      ElkNode n = ElkGraphUtil.createNode(graph);
      n.setIdentifier(p.node.id);
      n.setDimensions(p.rect.w(), p.rect.h());
      if (p.node.kind == NodeKind.START) {
        n.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
      } else if (p.node.kind == NodeKind.END) {
        n.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST);
        // every edge into the End marker meets at the top of the circle, not spread over a
        // width the circle does not have
        n.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
        ElkPort port = ElkGraphUtil.createPort(n);
        port.setDimensions(0, 0);
        port.setLocation(p.rect.w() / 2, 0);
        port.setProperty(CoreOptions.PORT_SIDE, PortSide.NORTH);
        endPort.put(p, port);
      }
      elk.put(p, n);
    }
    Map<ElkEdge, Pending> edges = new IdentityHashMap<>();
    for (Edge e : scope.edges) {
      Placed from = placed.get(e.from);
      Placed to = placed.get(e.to);
      if (to == null) {
        continue;
      }
      if (from == null) {
        // a BRANCH edge from the enclosing Parallel/Map: drawn from the branch's entry dot
        if (entry == null || e.kind != EdgeKind.BRANCH) {
          continue;
        }
        from = entry;
      }
      ElkEdge edge = ElkGraphUtil.createSimpleEdge(elk.get(from),
          endPort.containsKey(to) ? endPort.get(to) : elk.get(to));
      List<String> label = List.of();
      if (!e.label.isEmpty() && e.kind != EdgeKind.BRANCH) {
        label = TextMetrics.wrap(e.label, LABEL_FONT, false, LABEL_TEXT_MAX);
        ElkLabel l = ElkGraphUtil.createLabel(String.join("\n", label), edge);
        l.setDimensions(TextMetrics.widest(label, LABEL_FONT, false) + 4, label.size() * LABEL_LINE + 2);
      }
      edges.put(edge, new Pending(e, from, to, label));
    }
    new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
    for (Placed p : laid.nodes) {
      ElkNode n = elk.get(p);
      p.rect = new Rect(n.getX(), n.getY(), p.rect.w(), p.rect.h());
      if (p.textRect != null) {
        p.textRect = p.textRect.shift(n.getX(), n.getY());
      }
    }
    for (ElkEdge edge : graph.getContainedEdges()) {
      Pending info = edges.get(edge);
      Rect labelRect = null;
      if (!edge.getLabels().isEmpty()) {
        ElkLabel l = edge.getLabels().get(0);
        labelRect = new Rect(l.getX(), l.getY(), l.getWidth(), l.getHeight());
      }
      laid.lines.add(new Line(info.edge(), info.from(), info.to(), points(edge), info.label(), labelRect));
    }
    laid.w = graph.getWidth();
    laid.h = graph.getHeight();
    if (!isRoot) {
      double labelW = TextMetrics.width(scope.label, LABEL_FONT, false) + 20;
      if (laid.w < labelW) {
        shift(laid, (labelW - laid.w) / 2);
        laid.w = labelW;
      }
    }
    return laid;
  }

  private static void configure(ElkNode graph, boolean isRoot) {
    graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
    graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    graph.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 34.0);
    graph.setProperty(CoreOptions.SPACING_EDGE_NODE, 14.0);
    graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
    graph.setProperty(CoreOptions.SPACING_EDGE_EDGE, 10.0);
    graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 10.0);
    graph.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
    // loops are broken where a walk from the start closes them, so the flow reads top-down from
    // StartAt and only the edges that really go back point up
    graph.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.DEPTH_FIRST);
    // keep the definition's order where the layout allows: pictures follow the text
    graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
    graph.setProperty(CoreOptions.PADDING,
        isRoot ? new ElkPadding(12) : new ElkPadding(CLUSTER_TOP, 12, 12, 12));
  }

  /** The polyline of an ELK edge (one section: every edge here is simple). */
  private static double[] points(ElkEdge edge) {
    List<Double> pts = new ArrayList<>();
    for (ElkEdgeSection s : edge.getSections()) {
      pts.add(s.getStartX());
      pts.add(s.getStartY());
      for (ElkBendPoint b : s.getBendPoints()) {
        pts.add(b.getX());
        pts.add(b.getY());
      }
      pts.add(s.getEndX());
      pts.add(s.getEndY());
    }
    double[] out = new double[pts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = pts.get(i);
    }
    return out;
  }

  private static void shift(Laid laid, double dx) {
    for (Placed p : laid.nodes) {
      p.rect = p.rect.shift(dx, 0);
      if (p.textRect != null) {
        p.textRect = p.textRect.shift(dx, 0);
      }
    }
    for (int i = 0; i < laid.lines.size(); i++) {
      Line l = laid.lines.get(i);
      double[] pts = l.points().clone();
      for (int j = 0; j < pts.length; j += 2) {
        pts[j] += dx;
      }
      laid.lines.set(i, new Line(l.edge(), l.from(), l.to(), pts, l.label(),
          l.labelRect() == null ? null : l.labelRect().shift(dx, 0)));
    }
  }

  /** A state or marker box sized from its text; the text rectangle relative to the box. */
  private static Placed leaf(Node n) {
    if (n.kind == NodeKind.START || n.kind == NodeKind.END) {
      Placed p = new Placed(n, List.of());
      double d = n.kind == NodeKind.START ? 20 : 24;
      p.rect = new Rect(0, 0, d, d);
      return p;
    }
    Placed p = new Placed(n, TextMetrics.wrap(n.label(), FONT, false, NODE_TEXT_MAX));
    double tw = TextMetrics.widest(p.text, FONT, false);
    double th = p.text.size() * LINE;
    double h = th + 2 * PAD_Y;
    // a Choice is a hexagon: its pointed ends take h/2 on each side, the text sits between them
    double w = n.kind == NodeKind.CHOICE ? Math.max(MIN_W, tw + h + 12) : Math.max(MIN_W, tw + 2 * PAD_X);
    p.rect = new Rect(0, 0, w, h);
    p.textRect = new Rect((w - tw) / 2, (h - th) / 2, tw, th);
    return p;
  }

  /** A Parallel/Map box: a bold title over its branches, laid out first, side by side. */
  private static Placed composite(Node n) {
    Placed p = new Placed(n, TextMetrics.wrap(title(n), FONT, true, TITLE_TEXT_MAX));
    double tw = TextMetrics.widest(p.text, FONT, true);
    double th = p.text.size() * LINE;
    double x = 10;
    double inner = 0;
    for (Scope child : n.children) {
      Laid b = scope(child, false);
      p.branches.add(b);
      p.branchAt.add(new double[] {x, 0});
      x += b.w + BRANCH_GAP;
      inner = Math.max(inner, b.h);
    }
    double branchesW = x - BRANCH_GAP + 10;
    double w = Math.max(branchesW, tw + 2 * PAD_X);
    double headH = th + 14;
    double centre = (w - branchesW) / 2;
    for (double[] at : p.branchAt) {
      at[0] += centre;
      at[1] = headH;
    }
    p.rect = new Rect(0, 0, w, headH + inner + 10);
    p.textRect = new Rect((w - tw) / 2, 7, tw, th);
    return p;
  }

  /** The header of a Parallel/Map box. */
  static String title(Node n) {
    return n.label() + " (" + MermaidRenderer.kindName(n) + ")";
  }

  /** Writes {@code laid} into {@code out} at ({@code dx}, {@code dy}), recursively. */
  private static void emit(Laid laid, double dx, double dy, Box owner, Layout out) {
    Rect frame = new Rect(dx, dy, laid.w, laid.h);
    Rect label = owner == null ? null
        : new Rect(dx + 8, dy + 6, TextMetrics.width(laid.scope.label, LABEL_FONT, false), LABEL_LINE);
    Cluster c = new Cluster(laid.scope, frame, label, owner);
    out.clusters.add(c);
    Map<Placed, Box> boxes = new IdentityHashMap<>();
    for (Placed p : laid.nodes) {
      Box b = new Box(p.node, p.rect.shift(dx, dy), p.text,
          p.textRect == null ? null : p.textRect.shift(dx, dy), c);
      boxes.put(p, b);
      out.boxes.add(b);
    }
    for (Line l : laid.lines) {
      double[] pts = l.points().clone();
      for (int i = 0; i < pts.length; i += 2) {
        pts[i] += dx;
        pts[i + 1] += dy;
      }
      out.routes.add(new Route(l.edge(), pts, l.label(),
          l.labelRect() == null ? null : l.labelRect().shift(dx, dy), boxes.get(l.from()),
          boxes.get(l.to()), c));
    }
    for (Placed p : laid.nodes) {
      for (int i = 0; i < p.branches.size(); i++) {
        double[] at = p.branchAt.get(i);
        emit(p.branches.get(i), dx + p.rect.x() + at[0], dy + p.rect.y() + at[1], boxes.get(p), out);
      }
    }
  }
}
