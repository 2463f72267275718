package dev.asl4j.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.AslParser;
import dev.asl4j.parser.model.StateMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads back, per format, which states a picture marks with a class, and which edges are taken. */
final class Pictures {
  private Pictures() {}

  static StateMachine parse(String json) {
    return AslParser.create().parse(json, "test.asl.json").model().orElseThrow();
  }

  /** State names marked {@code mark} (visited, failed, unvisited) in each format; all must agree. */
  static Set<String> marked(StateMachine m, GraphOverlay overlay, String mark) throws Exception {
    MermaidChecker.Result mr = MermaidChecker.check(StateGraph.render(m, GraphFormat.MERMAID, overlay));
    assertThat(mr.errors()).isEmpty();
    Set<String> mermaid = new TreeSet<>();
    for (String id : mr.classes().getOrDefault(mark, Set.of())) {
      mermaid.add(mr.labels().get(id));
    }
    DotChecker.Result dr = DotChecker.check(StateGraph.render(m, GraphFormat.DOT, overlay));
    assertThat(dr.errors()).isEmpty();
    Set<String> dot = new TreeSet<>();
    for (Map<String, String> attrs : dr.nodes().values()) {
      if (mark.equals(attrs.get("class"))) {
        dot.add(attrs.get("label"));
      }
    }
    Document doc = RenderCorpusTest.parseXml(StateGraph.render(m, GraphFormat.SVG, overlay));
    Set<String> svg = new TreeSet<>();
    NodeList gs = doc.getElementsByTagNameNS("*", "g");
    for (int i = 0; i < gs.getLength(); i++) {
      Element g = (Element) gs.item(i);
      if (List.of(g.getAttribute("class").split(" ")).contains(mark) && g.hasAttribute("data-state")) {
        svg.add(g.getAttribute("data-state"));
      }
    }
    assertThat(dot).as("DOT agrees with Mermaid").isEqualTo(mermaid);
    assertThat(svg).as("SVG agrees with Mermaid").isEqualTo(mermaid);
    return mermaid;
  }

  /** Taken edges as "from->to" label pairs, from the Mermaid and DOT pictures (which must agree). */
  static Set<String> taken(StateMachine m, GraphOverlay overlay) {
    MermaidChecker.Result mr = MermaidChecker.check(StateGraph.render(m, GraphFormat.MERMAID, overlay));
    Set<String> mermaid = new TreeSet<>();
    for (int i : mr.styledLinks()) {
      String[] e = mr.edges().get(i);
      mermaid.add(mr.labels().get(e[0]) + "->" + mr.labels().get(e[1]));
    }
    DotChecker.Result dr = DotChecker.check(StateGraph.render(m, GraphFormat.DOT, overlay));
    List<String> dot = new ArrayList<>();
    for (String[] e : dr.edges()) {
      if ("taken".equals(e[2])) {
        dot.add(dr.nodes().get(e[0]).get("label") + "->" + dr.nodes().get(e[1]).get("label"));
      }
    }
    assertThat(new TreeSet<>(dot)).isEqualTo(mermaid);
    return mermaid;
  }
}
