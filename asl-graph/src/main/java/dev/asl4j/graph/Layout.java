package dev.asl4j.graph;

import dev.asl4j.graph.GraphModel.Edge;
import dev.asl4j.graph.GraphModel.Node;
import dev.asl4j.graph.GraphModel.NodeKind;
import dev.asl4j.graph.GraphModel.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * The SVG picture laid out, in absolute coordinates: every box with its text lines and the
 * rectangle they take, every branch cluster, every edge as an orthogonal polyline with its label
 * rectangle. {@link SvgRenderer} only draws it; the tests check its geometry (no clipped text, no
 * edge through a box it does not enter, children inside their clusters).
 */
final class Layout {
  /** An axis-aligned rectangle. */
  record Rect(double x, double y, double w, double h) {
    double right() {
      return x + w;
    }

    double bottom() {
      return y + h;
    }

    double centerX() {
      return x + w / 2;
    }

    double centerY() {
      return y + h / 2;
    }

    Rect shift(double dx, double dy) {
      return new Rect(x + dx, y + dy, w, h);
    }

    /** Whether {@code o} lies inside this rectangle (edges may touch, within {@code eps}). */
    boolean contains(Rect o, double eps) {
      return o.x >= x - eps && o.y >= y - eps && o.right() <= right() + eps && o.bottom() <= bottom() + eps;
    }

    /** Whether the interiors of the two rectangles, each shrunk by {@code eps}, meet. */
    boolean overlaps(Rect o, double eps) {
      return o.x + eps < right() - eps && x + eps < o.right() - eps
          && o.y + eps < bottom() - eps && y + eps < o.bottom() - eps;
    }

    /**
     * Whether the axis-parallel segment from (x1,y1) to (x2,y2) runs through the interior of this
     * rectangle shrunk by {@code eps} (a segment along or touching the border does not).
     */
    boolean crossedBy(double x1, double y1, double x2, double y2, double eps) {
      double minX = Math.min(x1, x2);
      double maxX = Math.max(x1, x2);
      double minY = Math.min(y1, y2);
      double maxY = Math.max(y1, y2);
      return maxX > x + eps && minX < right() - eps && maxY > y + eps && minY < bottom() - eps;
    }
  }

  /** A branch of a Parallel/Map (or the whole machine): its frame and its label's rectangle. */
  static final class Cluster {
    final Scope scope;
    final Rect rect;
    /** Where the branch's label is written; null for the machine itself. */
    final Rect label;
    /** The Parallel/Map box holding this branch; null for the machine. */
    final Box owner;

    Cluster(Scope scope, Rect rect, Rect label, Box owner) {
      this.scope = scope;
      this.rect = rect;
      this.label = label;
      this.owner = owner;
    }
  }

  /** A drawn node: a state, a start/end marker, or the entry dot of a branch. */
  static final class Box {
    final Node node;
    final Rect rect;
    /** The text as drawn, one entry per line (a Parallel/Map box: its title). */
    final List<String> lines;
    /** The rectangle the lines take; inside {@link #rect}, inside the hexagon of a Choice. */
    final Rect text;
    final Cluster in;

    Box(Node node, Rect rect, List<String> lines, Rect text, Cluster in) {
      this.node = node;
      this.rect = rect;
      this.lines = lines;
      this.text = text;
      this.in = in;
    }

    /** Parallel and Map boxes hold clusters; their text is a title in bold. */
    boolean composite() {
      return !node.children.isEmpty();
    }

    /** The entry dot of a branch (a marker of the layout, not of the model). */
    boolean entry() {
      return node.kind == NodeKind.START && in.owner != null;
    }
  }

  /** An edge: polyline points {@code x0,y0,x1,y1...}, its label lines and their rectangle. */
  static final class Route {
    /** The model's edge; a BRANCH edge is the line from a branch's entry dot to its first state. */
    final Edge edge;
    final double[] points;
    final List<String> label;
    final Rect labelRect;
    final Box from;
    final Box to;
    final Cluster in;

    Route(Edge edge, double[] points, List<String> label, Rect labelRect, Box from, Box to, Cluster in) {
      this.edge = edge;
      this.points = points;
      this.label = label;
      this.labelRect = labelRect;
      this.from = from;
      this.to = to;
      this.in = in;
    }

    /** Whether {@code b} is one of the boxes this route is drawn inside (its clusters' owners). */
    boolean inside(Box b) {
      for (Cluster c = in; c != null && c.owner != null; c = c.owner.in) {
        if (c.owner == b) {
          return true;
        }
      }
      return false;
    }
  }

  double width;
  double height;
  final List<Box> boxes = new ArrayList<>();
  final List<Cluster> clusters = new ArrayList<>();
  final List<Route> routes = new ArrayList<>();
  /** The list of problems drawn above the graph (invalid definitions); empty lines none. */
  final List<String> problems = new ArrayList<>();
  Rect problemsRect;
}
