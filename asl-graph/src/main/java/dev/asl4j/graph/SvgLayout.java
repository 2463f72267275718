package dev.asl4j.graph;

import dev.asl4j.graph.GraphModel.Edge;
import dev.asl4j.graph.GraphModel.EdgeKind;
import dev.asl4j.graph.GraphModel.Node;
import dev.asl4j.graph.GraphModel.NodeKind;
import dev.asl4j.graph.GraphModel.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simple layered layout, scope by scope. Each scope is laid out on its own (transitions never
 * leave a scope): back edges are found by a depth-first walk from the start, every other edge
 * goes down at least one layer (longest path), nodes keep discovery order within a layer. A
 * Parallel/Map node is a box holding its branches' layouts side by side, so clusters never
 * overlap. Coordinates are relative to the scope; the renderer nests {@code <g transform>}s.
 */
final class SvgLayout {
  static final double PAD = 16;
  static final double TOP = 28;
  static final double LAYER_GAP = 58;
  static final double NODE_GAP = 36;
  static final double LANE = 14;
  static final double CHAR_W = 7;
  static final double LINE_H = 15;
  static final int WRAP = 28;
  static final int MAX_LINES = 4;
  static final double HEADER = 28;

  /** A node's place and size; {@code children} are the nested scopes of a Parallel/Map. */
  static final class Box {
    final Node node;
    final List<String> lines;
    double x;
    double y;
    double w;
    double h;
    /** Extra room kept free to the right (a retry loop and its label). */
    double right;
    final List<ScopeBox> children = new ArrayList<>();

    Box(Node node, List<String> lines) {
      this.node = node;
      this.lines = lines;
    }
  }

  /** A laid-out scope: its size, its boxes and its edge routes. */
  static final class ScopeBox {
    final Scope scope;
    double x;
    double y;
    double w;
    double h;
    final Map<Node, Box> boxes = new IdentityHashMap<>();
    final List<Route> routes = new ArrayList<>();

    ScopeBox(Scope scope) {
      this.scope = scope;
    }
  }

  /** An edge as a polyline with a label anchor; {@code labelStart} anchors the label left. */
  record Route(Edge edge, double[] points, double labelX, double labelY, boolean labelStart) {}

  private SvgLayout() {}

  static ScopeBox layout(Scope scope, boolean isRoot) {
    ScopeBox sb = new ScopeBox(scope);
    for (Node n : scope.nodes) {
      sb.boxes.put(n, box(n));
    }
    for (Edge e : scope.edges) {
      if (e.kind == EdgeKind.RETRY && sb.boxes.containsKey(e.from)) {
        Box b = sb.boxes.get(e.from);
        b.right = Math.max(b.right, 26 + Math.min(200, widest(e.label.split("\n", -1))));
      }
    }
    Walk walk = walk(scope, sb.boxes.keySet());
    Map<Node, Integer> layer = layers(scope, walk);
    int layerCount = 0;
    for (int l : layer.values()) {
      layerCount = Math.max(layerCount, l + 1);
    }
    List<List<Box>> rows = new ArrayList<>();
    for (int i = 0; i < layerCount; i++) {
      rows.add(new ArrayList<>());
    }
    for (Node n : walk.order) {
      rows.get(layer.get(n)).add(sb.boxes.get(n));
    }
    double contentW = 0;
    for (List<Box> row : rows) {
      contentW = Math.max(contentW, rowWidth(row));
    }
    double top = isRoot ? PAD : TOP;
    double y = top;
    for (List<Box> row : rows) {
      double rowH = 0;
      for (Box b : row) {
        rowH = Math.max(rowH, b.h);
      }
      double x = PAD + (contentW - rowWidth(row)) / 2;
      for (Box b : row) {
        b.x = x;
        b.y = y + (rowH - b.h) / 2;
        x += b.w + b.right + NODE_GAP;
      }
      y += rowH + LAYER_GAP;
    }
    int lanes = route(sb, layer, walk.back, PAD + contentW);
    sb.w = Math.max(PAD * 2 + contentW + (lanes > 0 ? 12 + lanes * LANE : 0),
        isRoot ? 0 : textWidth(scope.label) + 2 * PAD);
    sb.h = y - LAYER_GAP + PAD;
    return sb;
  }

  private static double rowWidth(List<Box> row) {
    double w = 0;
    for (Box b : row) {
      w += b.w + b.right;
    }
    return w + Math.max(0, row.size() - 1) * NODE_GAP;
  }

  private static Box box(Node n) {
    if (n.kind == NodeKind.START || n.kind == NodeKind.END) {
      Box b = new Box(n, List.of());
      b.w = 24;
      b.h = 24;
      return b;
    }
    boolean composite = !n.children.isEmpty();
    Box b = new Box(n, wrap(composite ? title(n) : n.label()));
    double textW = widest(b.lines.toArray(new String[0]));
    double textH = b.lines.size() * LINE_H;
    if (composite) {
      double x = 10;
      double h = 0;
      for (Scope child : n.children) {
        ScopeBox cb = layout(child, false);
        cb.x = x;
        cb.y = HEADER + LINE_H * (b.lines.size() - 1);
        x += cb.w + 12;
        h = Math.max(h, cb.h);
        b.children.add(cb);
      }
      b.w = Math.max(textW + 24, x - 12 + 10);
      b.h = HEADER + LINE_H * (b.lines.size() - 1) + h + 10;
    } else if (n.kind == NodeKind.CHOICE) {
      b.w = Math.max(90, textW * 1.5 + 30);
      b.h = Math.max(48, textH * 1.6 + 24);
    } else {
      b.w = Math.max(90, textW + 28);
      b.h = textH + 18;
    }
    return b;
  }

  /** The header of a Parallel/Map box. */
  static String title(Node n) {
    return n.label() + " (" + MermaidRenderer.kindName(n) + ")";
  }

  /** The walk: discovery order and back edges. */
  private record Walk(List<Node> order, Set<Edge> back) {}

  private static Walk walk(Scope scope, Set<Node> inScope) {
    Map<Node, List<Edge>> out = new HashMap<>();
    List<Node> roots = new ArrayList<>();
    for (Edge e : scope.edges) {
      if (!inScope.contains(e.from) && inScope.contains(e.to)) {
        roots.add(e.to);
      } else if (inScope.contains(e.from) && inScope.contains(e.to) && e.from != e.to) {
        out.computeIfAbsent(e.from, k -> new ArrayList<>()).add(e);
      }
    }
    for (Node n : scope.nodes) {
      if (n.kind == NodeKind.START) {
        roots.add(0, n);
      }
    }
    roots.addAll(scope.nodes);
    Set<Node> seen = new LinkedHashSet<>();
    Set<Node> onStack = new HashSet<>();
    Set<Edge> back = new HashSet<>();
    for (Node root : roots) {
      if (!seen.add(root)) {
        continue;
      }
      // Iterative DFS: a long chain of states must not overflow the stack.
      Deque<Object[]> stack = new ArrayDeque<>();
      stack.push(new Object[] {root, 0});
      onStack.add(root);
      while (!stack.isEmpty()) {
        Object[] top = stack.peek();
        Node n = (Node) top[0];
        int i = (Integer) top[1];
        List<Edge> es = out.getOrDefault(n, List.of());
        if (i == es.size()) {
          stack.pop();
          onStack.remove(n);
          continue;
        }
        top[1] = i + 1;
        Edge e = es.get(i);
        if (onStack.contains(e.to)) {
          back.add(e);
        } else if (seen.add(e.to)) {
          onStack.add(e.to);
          stack.push(new Object[] {e.to, 0});
        }
      }
    }
    return new Walk(new ArrayList<>(seen), back);
  }

  private static Map<Node, Integer> layers(Scope scope, Walk walk) {
    Map<Node, Integer> layer = new HashMap<>();
    Map<Node, Integer> indegree = new HashMap<>();
    Map<Node, List<Node>> succ = new HashMap<>();
    for (Node n : walk.order) {
      layer.put(n, 0);
      indegree.put(n, 0);
    }
    for (Edge e : scope.edges) {
      if (layer.containsKey(e.from) && layer.containsKey(e.to) && e.from != e.to
          && !walk.back.contains(e)) {
        succ.computeIfAbsent(e.from, k -> new ArrayList<>()).add(e.to);
        indegree.merge(e.to, 1, Integer::sum);
      }
    }
    Deque<Node> ready = new ArrayDeque<>();
    for (Node n : walk.order) {
      if (indegree.get(n) == 0) {
        ready.add(n);
      }
    }
    while (!ready.isEmpty()) {
      Node n = ready.poll();
      for (Node m : succ.getOrDefault(n, List.of())) {
        layer.put(m, Math.max(layer.get(m), layer.get(n) + 1));
        if (indegree.merge(m, -1, Integer::sum) == 0) {
          ready.add(m);
        }
      }
    }
    return layer;
  }

  /** Routes every edge of the scope; returns how many right-hand lanes back edges use. */
  private static int route(ScopeBox sb, Map<Node, Integer> layer, Set<Edge> back, double right) {
    int lanes = 0;
    Map<String, Integer> seenPairs = new HashMap<>();
    for (Edge e : sb.scope.edges) {
      Box from = sb.boxes.get(e.from);
      Box to = sb.boxes.get(e.to);
      if (to == null) {
        continue;
      }
      if (from == null) {
        // From the enclosing Parallel/Map to its branch's first state.
        double x = to.x + to.w / 2;
        sb.routes.add(new Route(e, new double[] {x, 4, x, to.y}, x, 0, true));
        continue;
      }
      if (from == to) {
        double r = from.x + from.w;
        double y1 = from.y + from.h * 0.3;
        double y2 = from.y + from.h * 0.7;
        sb.routes.add(new Route(e, new double[] {r, y1, r + 18, y1, r + 18, y2, r, y2},
            r + 22, (y1 + y2) / 2, true));
        continue;
      }
      if (back.contains(e) || layer.get(e.to) <= layer.get(e.from)) {
        double lane = right + 12 + lanes * LANE;
        lanes++;
        double y1 = from.y + from.h / 2;
        // Come back above the target's row and drop onto its top-right, so the return line
        // never runs through other boxes of that row. Lanes nest: outer lanes run higher.
        double above = to.y - 6 - Math.min(lanes - 1, 3) * 3;
        double entryX = to.x + to.w * 0.8;
        sb.routes.add(new Route(e, new double[] {from.x + from.w + from.right, y1, lane, y1, lane,
            above, entryX, above, entryX, to.y}, lane + 4, (y1 + above) / 2, true));
        continue;
      }
      int dup = seenPairs.merge(e.from.id + " " + e.to.id, 1, Integer::sum) - 1;
      double shift = dup == 0 ? 0 : (dup % 2 == 1 ? 1 : -1) * ((dup + 1) / 2) * 12.0;
      double x1 = from.x + from.w / 2 + shift;
      double y1 = from.y + from.h;
      double x2 = to.x + to.w / 2 + shift;
      double y2 = to.y;
      // Labels sit 60% of the way down, beside the line on the side it leans to, so the labels
      // of edges fanning out of one Choice do not pile up at a shared midpoint.
      double lx = x1 + (x2 - x1) * 0.6;
      double ly = y1 + (y2 - y1) * 0.6 + dup * 13;
      if (x2 < x1 - 1) {
        lx -= 6 + Math.min(200, widest(e.label.split("\n", -1)));
      } else {
        lx += 6;
      }
      sb.routes.add(new Route(e, new double[] {x1, y1, x2, y2}, lx, ly, true));
    }
    return lanes;
  }

  /** The label in lines of at most {@link #WRAP} code points, at most {@link #MAX_LINES}. */
  static List<String> wrap(String label) {
    List<String> lines = new ArrayList<>();
    for (String para : label.split("\n", -1)) {
      int[] cps = para.codePoints().toArray();
      if (cps.length == 0) {
        lines.add("");
      }
      for (int i = 0; i < cps.length; i += WRAP) {
        lines.add(new String(cps, i, Math.min(WRAP, cps.length - i)));
      }
    }
    if (lines.size() > MAX_LINES) {
      List<String> cut = new ArrayList<>(lines.subList(0, MAX_LINES));
      String last = cut.get(MAX_LINES - 1);
      int n = last.codePointCount(0, last.length());
      cut.set(MAX_LINES - 1,
          last.substring(0, last.offsetByCodePoints(0, Math.max(0, n - 1))) + "…");
      return cut;
    }
    return lines;
  }

  static double widest(String[] lines) {
    double w = 0;
    for (String l : lines) {
      w = Math.max(w, textWidth(l));
    }
    return w;
  }

  /** A rough width: wide scripts and emoji count double. */
  static double textWidth(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += cp >= 0x1100 ? CHAR_W * 2 : CHAR_W;
      i += Character.charCount(cp);
    }
    return w;
  }
}
