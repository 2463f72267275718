package dev.asl4j.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.graph.GraphModel.NodeKind;
import dev.asl4j.graph.Layout.Box;
import dev.asl4j.graph.Layout.Cluster;
import dev.asl4j.graph.Layout.Rect;
import dev.asl4j.graph.Layout.Route;
import dev.asl4j.parser.SharedCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The laid-out SVG geometry of every sample and every accepted real-world corpus definition: no
 * clipped or cut label, no edge through a box it does not start or end at (or run inside), boxes
 * of a scope apart, every box inside its cluster and every cluster inside its Parallel/Map box.
 */
class LayoutGeometryTest {
  private static final double EPS = 0.5;

  @TestFactory
  Stream<DynamicTest> layoutsHoldTogether() {
    return GraphCorpus.all().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
      GraphModel g = GraphBuilder.build(e.machine(), GraphOverlay.none(), ConditionText.FULL);
      assertThat(problems(ElkLayout.layout(g))).isEmpty();
    }));
  }

  /** The real-world corpus is part of the run when the shared data is there. */
  @org.junit.jupiter.api.Test
  void realWorldDefinitionsAreDrawnToo() {
    SharedCorpus.require("corpus/real-world"); // without it only the samples are checked
    assertThat(GraphCorpus.all().stream().filter(e -> e.name().contains("real-world")).count())
        .isGreaterThanOrEqualTo(20);
  }

  /** The checks themselves: a picture broken on purpose is caught on every count. */
  @org.junit.jupiter.api.Test
  void brokenPicturesAreCaught() {
    GraphModel.Scope scope = new GraphModel.Scope("c_root", "State machine");
    GraphModel.Node a = new GraphModel.Node("s_A", "Charge the card", NodeKind.TASK);
    GraphModel.Node b = new GraphModel.Node("s_B", "B", NodeKind.TASK);
    GraphModel.Node c = new GraphModel.Node("s_C", "C", NodeKind.TASK);
    Layout l = new Layout();
    l.width = 400;
    l.height = 400;
    Cluster root = new Cluster(scope, new Rect(0, 0, 400, 400), null, null);
    l.clusters.add(root);
    // A's text is cut to one word and its box is narrower than the text
    Box ba = new Box(a, new Rect(10, 10, 30, 30), List.of("Charge"), new Rect(12, 12, 20, 15), root);
    Box bb = new Box(b, new Rect(10, 200, 80, 30), List.of("B"), new Rect(40, 205, 10, 15), root);
    Box bc = new Box(c, new Rect(10, 100, 80, 30), List.of("C"), new Rect(40, 105, 10, 15), root);
    l.boxes.addAll(List.of(ba, bb, bc));
    GraphModel.Edge e = new GraphModel.Edge(a, b, GraphModel.EdgeKind.CATCH, "States.ALL");
    // straight down from A to B, through C; the label lies on C
    l.routes.add(new Route(e, new double[] {25, 40, 25, 200}, List.of("States.ALL"),
        new Rect(20, 110, 60, 13), ba, bb, root));
    assertThat(String.join("\n", problems(l)))
        .contains("s_A: the lines [Charge] are not the whole label")
        .contains("s_A: the text is wider than its box")
        .contains("s_A->s_B runs through s_C")
        .contains("s_A->s_B: the label covers s_C")
        .doesNotContain("runs through s_A")
        .doesNotContain("runs through s_B");
  }

  /** Every rule the picture must keep, as readable complaints; empty when all hold. */
  static List<String> problems(Layout l) {
    List<String> out = new ArrayList<>();
    Rect canvas = new Rect(0, 0, l.width, l.height);
    for (Box b : l.boxes) {
      String who = b.node.id;
      if (!canvas.contains(b.rect, EPS)) {
        out.add(who + " is outside the picture");
      }
      if (!b.in.rect.contains(b.rect, EPS)) {
        out.add(who + " sticks out of its cluster " + b.in.scope.id);
      }
      text(b, out);
    }
    for (Cluster c : l.clusters) {
      if (c.owner == null) {
        continue;
      }
      if (!c.owner.rect.contains(c.rect, EPS)) {
        out.add("cluster " + c.scope.id + " sticks out of " + c.owner.node.id);
      }
      if (!c.rect.contains(c.label, EPS)) {
        out.add("the label of cluster " + c.scope.id + " is clipped");
      }
      if (c.owner.text.overlaps(c.rect, EPS)) {
        out.add("the title of " + c.owner.node.id + " runs into cluster " + c.scope.id);
      }
    }
    for (int i = 0; i < l.boxes.size(); i++) {
      for (int j = i + 1; j < l.boxes.size(); j++) {
        Box a = l.boxes.get(i);
        Box b = l.boxes.get(j);
        if (a.in == b.in && a.rect.overlaps(b.rect, EPS)) {
          out.add(a.node.id + " overlaps " + b.node.id);
        }
      }
    }
    for (Route r : l.routes) {
      route(r, l, out);
    }
    return out;
  }

  /** The text of a box: all of it (joined lines give the label back), inside the shape. */
  private static void text(Box b, List<String> out) {
    if (b.node.kind == NodeKind.START || b.node.kind == NodeKind.END) {
      return;
    }
    String who = b.node.id;
    String whole = b.composite() ? ElkLayout.title(b.node) : b.node.label();
    if (!String.join(" ", b.lines).equals(whole.replace('\n', ' '))) {
      out.add(who + ": the lines " + b.lines + " are not the whole label '" + whole + "'");
    }
    if (b.text.w() + EPS < TextMetrics.widest(b.lines, ElkLayout.FONT, b.composite())) {
      out.add(who + ": the text is wider than its box");
    }
    if (b.text.h() + EPS < b.lines.size() * ElkLayout.LINE) {
      out.add(who + ": the lines do not fit the text box");
    }
    if (!b.rect.contains(b.text, EPS)) {
      out.add(who + ": the text is clipped by the box");
    }
    if (b.node.kind == NodeKind.CHOICE) {
      // the hexagon's pointed ends take half the height on each side
      double s = b.rect.h() / 2;
      for (double y : new double[] {b.text.y(), b.text.bottom()}) {
        double inset = s - Math.min(y - b.rect.y(), b.rect.bottom() - y);
        if (b.text.x() < b.rect.x() + inset - EPS || b.text.right() > b.rect.right() - inset + EPS) {
          out.add(who + ": the text pokes out of the hexagon");
        }
      }
    }
  }

  private static void route(Route r, Layout l, List<String> out) {
    String who = (r.from.node.id) + "->" + r.to.node.id;
    double[] p = r.points;
    if (p.length < 4) {
      out.add(who + " has no line");
      return;
    }
    for (int i = 0; i + 3 < p.length; i += 2) {
      boolean orthogonal = Math.abs(p[i] - p[i + 2]) < EPS || Math.abs(p[i + 1] - p[i + 3]) < EPS;
      if (!orthogonal) {
        out.add(who + " has a slanted segment");
      }
      for (Box b : l.boxes) {
        if (b != r.from && b != r.to && !r.inside(b)
            && b.rect.crossedBy(p[i], p[i + 1], p[i + 2], p[i + 3], EPS)) {
          out.add(who + " runs through " + b.node.id);
        }
      }
    }
    if (!r.in.rect.contains(new Rect(Math.min(p[0], p[p.length - 2]), Math.min(p[1], p[p.length - 1]), 0, 0), EPS)) {
      out.add(who + " leaves its cluster");
    }
    if (r.edge != null && !r.edge.label.isEmpty() && r.edge.kind != GraphModel.EdgeKind.BRANCH) {
      if (r.labelRect == null) {
        out.add(who + " lost its label");
        return;
      }
      if (!String.join(" ", r.label).equals(r.edge.label.replace('\n', ' '))) {
        out.add(who + ": the label lines " + r.label + " are not the whole label");
      }
      if (r.labelRect.w() + EPS < TextMetrics.widest(r.label, ElkLayout.LABEL_FONT, false)) {
        out.add(who + ": the label is wider than its place");
      }
      for (Box b : l.boxes) {
        if (!r.inside(b) && b.rect.overlaps(r.labelRect, EPS)) {
          out.add(who + ": the label covers " + b.node.id);
        }
      }
    }
  }
}
