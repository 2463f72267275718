package dev.asl4j.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.AslParser;
import dev.asl4j.parser.model.StateMachine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Names and labels that try to break out of their node in every format. */
class HostileNamesTest {
  static final List<String> NAMES = List.of(
      "say \"hi\"",
      "a --> b",
      "close ] bracket",
      "<script>alert(1)</script>",
      "🚀 launch ✓ ünïcödé 日本",
      "a".repeat(1000),
      "b".repeat(1000),
      "end",
      "o",
      "x",
      "pipe | pipe",
      "#quot; &amp; &lt;",
      "%% not a comment",
      "{% $x %}",
      "back\\slash \\n",
      "new\nline",
      "semi; colon",
      "`tick`",
      "([{shapes}])",
      "subgraph",
      "class",
      "''");

  private static StateMachine machine() {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    ObjectNode states = root.putObject("States");
    root.put("StartAt", NAMES.get(0));
    for (int i = 0; i < NAMES.size(); i++) {
      ObjectNode s = states.putObject(NAMES.get(i));
      if (i == NAMES.size() - 1) {
        s.put("Type", "Choice");
        ArrayNode choices = s.putArray("Choices");
        ObjectNode rule = choices.addObject();
        rule.put("Variable", "$.v");
        rule.put("StringEquals", "\"]|<&>\n%%");
        rule.put("Next", NAMES.get(3));
        s.put("Default", NAMES.get(0));
      } else if (i == 3) {
        s.put("Type", "Task");
        s.put("Resource", "arn:aws:lambda:us-east-1:1:function:f");
        s.put("Next", NAMES.get(i + 1));
        ObjectNode c = s.putArray("Catch").addObject();
        c.putArray("ErrorEquals").add("My\"Error|<x>").add("States.ALL");
        c.put("Next", NAMES.get(5));
        ObjectNode r = s.putArray("Retry").addObject();
        r.putArray("ErrorEquals").add("-->]");
      } else {
        s.put("Type", "Pass");
        s.put("Next", NAMES.get(i + 1));
      }
    }
    // The parser may complain (names over 80 characters) but still builds the model.
    return AslParser.create().parse(root.toString(), "hostile.asl.json").model().orElseThrow();
  }

  @Test
  void mermaidStaysValidAndKeepsEveryName() {
    String text = StateGraph.render(machine(), GraphFormat.MERMAID);
    MermaidChecker.Result r = MermaidChecker.check(text);
    assertThat(r.errors()).as(text).isEmpty();
    assertThat(r.labels().values()).containsAll(NAMES);
    assertThat(r.edges()).anySatisfy(e -> assertThat(e[2]).isEqualTo("$.v == \"\\\"]|<&>\\n%%\""));
    assertThat(r.edges()).anySatisfy(e -> assertThat(e[2]).isEqualTo("My\"Error|<x>, States.ALL"));
    Set<String> ids = new HashSet<>(r.labels().keySet());
    assertThat(ids).hasSize(r.labels().size());
    assertThat(ids).allSatisfy(id -> assertThat(id.length()).isLessThan(50));
  }

  @Test
  void dotStaysWellFormedAndKeepsEveryName() {
    String text = StateGraph.render(machine(), GraphFormat.DOT);
    DotChecker.Result r = DotChecker.check(text);
    assertThat(r.errors()).as(text).isEmpty();
    List<String> labels = new ArrayList<>();
    for (Map<String, String> a : r.nodes().values()) {
      labels.add(a.get("label"));
    }
    assertThat(labels).containsAll(NAMES);
    // Graphviz decodes entities in plain labels, so a literal & is written &amp;
    assertThat(text).contains("<&amp;>").doesNotContain("<&>");
  }

  @Test
  void svgStaysWellFormedAndKeepsEveryName() throws Exception {
    String text = StateGraph.render(machine(), GraphFormat.SVG);
    Document doc = RenderCorpusTest.parseXml(text);
    List<String> expected = NAMES.stream().map(n -> n.replace('\n', ' ')).toList();
    assertThat(RenderCorpusTest.svgStateTitles(doc)).containsAll(expected);
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
  }

  @Test
  void controlCharactersAndLoneSurrogatesNeverReachTheOutput() throws Exception {
    String nasty = "bell\u0007 nul\u0000 lone\uD800 end";
    String def = "{\"StartAt\":" + quote(nasty) + ",\"States\":{" + quote(nasty)
        + ":{\"Type\":\"Succeed\"}}}";
    StateMachine m = AslParser.create().parse(def, "c.asl.json").model().orElseThrow();
    assertThat(MermaidChecker.check(StateGraph.render(m, GraphFormat.MERMAID)).errors()).isEmpty();
    assertThat(DotChecker.check(StateGraph.render(m, GraphFormat.DOT)).errors()).isEmpty();
    RenderCorpusTest.parseXml(StateGraph.render(m, GraphFormat.SVG));
  }

  private static String quote(String s) throws Exception {
    return new ObjectMapper().writeValueAsString(s);
  }

  @Test
  void aDefinitionTooLargeToLayOutIsRefusedWithAReasonAndMermaidStillWorks() {
    StringBuilder def = new StringBuilder("{\"StartAt\":\"S0\",\"States\":{");
    for (int i = 0; i < 400; i++) {
      def.append("\"S").append(i).append("\":{\"Type\":\"Pass\",\"Next\":\"S").append(i + 1).append("\"},");
    }
    def.append("\"S400\":{\"Type\":\"Succeed\"}}}");
    StateMachine m = AslParser.create().parse(def.toString(), "big.asl.json").model().orElseThrow();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StateGraph.render(m, GraphFormat.SVG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too large to lay out as SVG")
        .hasMessageContaining("limit is " + StateGraph.MAX_SVG_ELEMENTS)
        .hasMessageContaining("Mermaid or DOT");
    assertThat(MermaidChecker.check(StateGraph.render(m, GraphFormat.MERMAID)).errors()).isEmpty();
  }
}
