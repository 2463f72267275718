package dev.asl4j.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every format over every sample and every accepted corpus definition. */
class RenderCorpusTest {
  private static final List<GraphCorpus.Entry> CORPUS = GraphCorpus.all();

  @Test
  void corpusIsNotEmpty() {
    // the samples are in the repository, so this holds even without the shared data
    assertThat(CORPUS).isNotEmpty();
  }

  @TestFactory
  Stream<DynamicTest> mermaidIsValidAndNamesEveryState() {
    return CORPUS.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
      String text = StateGraph.render(e.machine(), GraphFormat.MERMAID);
      MermaidChecker.Result r = MermaidChecker.check(text);
      assertThat(r.errors()).as(text).isEmpty();
      assertThat(r.labels().values()).containsAll(GraphCorpus.stateNames(e.machine()));
    }));
  }

  @TestFactory
  Stream<DynamicTest> dotIsWellFormedAndNamesEveryState() {
    return CORPUS.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
      String text = StateGraph.render(e.machine(), GraphFormat.DOT);
      DotChecker.Result r = DotChecker.check(text);
      assertThat(r.errors()).as(text).isEmpty();
      Set<String> labels = new HashSet<>();
      r.nodes().values().forEach(a -> labels.add(a.get("label")));
      assertThat(labels).containsAll(GraphCorpus.stateNames(e.machine()));
    }));
  }

  @TestFactory
  Stream<DynamicTest> svgIsXmlAndNamesEveryState() {
    return CORPUS.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
      String text = StateGraph.render(e.machine(), GraphFormat.SVG);
      Document doc = parseXml(text);
      assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
      assertThat(svgStateTitles(doc)).containsAll(GraphCorpus.stateNames(e.machine()));
    }));
  }

  /** Runs Graphviz itself when it is installed. */
  @TestFactory
  Stream<DynamicTest> graphvizAcceptsDot() {
    assumeTrue(onPath("dot"), "Graphviz 'dot' is not on PATH");
    return CORPUS.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
      String text = StateGraph.render(e.machine(), GraphFormat.DOT);
      Process p = new ProcessBuilder("dot", "-Tsvg").redirectErrorStream(true).start();
      p.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
      parseXml(new String(out, StandardCharsets.UTF_8));
    }));
  }

  static Document parseXml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The {@code <title>} of every state group ({@code g} with a {@code data-state}). */
  static List<String> svgStateTitles(Document doc) {
    NodeList gs = doc.getElementsByTagNameNS("*", "g");
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < gs.getLength(); i++) {
      Element g = (Element) gs.item(i);
      if (g.hasAttribute("data-state")) {
        out.add(g.getElementsByTagNameNS("*", "title").item(0).getTextContent());
      }
    }
    return out;
  }

  static boolean onPath(String exe) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, exe))) {
        return true;
      }
    }
    return false;
  }
}
