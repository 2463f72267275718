package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class GraphCommandTest {
  static final String DEFINITION = """
      {"StartAt": "Prepare", "States": {
        "Prepare": {"Type": "Pass", "Next": "Route"},
        "Route": {"Type": "Choice",
          "Choices": [{"Variable": "$.ok", "BooleanEquals": true, "Next": "Done"}],
          "Default": "Broken"},
        "Done": {"Type": "Succeed"},
        "Broken": {"Type": "Fail", "Error": "NotOk"}}}
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void mermaidIsTheDefault() throws Exception {
    CliRunner.Run r = CliRunner.real("graph", write("m.asl.json", DEFINITION).toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("flowchart TD\n")
        .contains("s_Route{\"Route\"}")
        .contains("s_Route -->|\"$.ok == true\"| s_Done")
        .contains("s_Route -->|\"Default\"| s_Broken");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void dotFormat() throws Exception {
    CliRunner.Run r = CliRunner.real("graph", "--format", "dot", write("m.asl.json", DEFINITION).toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("digraph ").contains("\"s_Route\" [label=\"Route\", shape=diamond]")
        .endsWith("}\n");
  }

  @Test
  void svgToAFile() throws Exception {
    Path out = dir.resolve("m.svg");
    CliRunner.Run r = CliRunner.real("graph", "-f", "SVG", "-o", out.toString(),
        write("m.asl.json", DEFINITION).toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(Files.readAllBytes(out)));
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(doc.getDocumentElement().getTextContent()).contains("Prepare", "Route", "Done", "Broken");
  }

  @Test
  void handcraftedExecutionIsHighlighted() throws Exception {
    String run = """
        {"status": "FAILED", "error": "NotOk", "history": [
          {"type": "ExecutionStarted", "id": 1, "previousEventId": 0},
          {"type": "PassStateEntered", "id": 2, "stateEnteredEventDetails": {"name": "Prepare"}},
          {"type": "PassStateExited", "id": 3, "stateExitedEventDetails": {"name": "Prepare"}},
          {"type": "ChoiceStateEntered", "id": 4, "stateEnteredEventDetails": {"name": "Route"}},
          {"type": "ChoiceStateExited", "id": 5, "stateExitedEventDetails": {"name": "Route"}},
          {"type": "FailStateEntered", "id": 6, "stateEnteredEventDetails": {"name": "Broken"}},
          {"type": "ExecutionFailed", "id": 7, "executionFailedEventDetails": {"error": "NotOk"}}]}
        """;
    CliRunner.Run r = CliRunner.real("graph", "--execution", write("run.json", run).toString(),
        write("m.asl.json", DEFINITION).toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("class s_Prepare,s_Route visited;").contains("class s_Broken failed;")
        .contains("linkStyle 0,1,3 ");
  }

  @Test
  void theOutputOfAslRunHistoryIsAccepted() throws Exception {
    Path def = write("m.asl.json", DEFINITION);
    CliRunner.Run run = RunCli.run("run", def.toString(), "--input", "{\"ok\":true}", "--history");
    assertThat(run.out()).contains("\"history\"");
    CliRunner.Run r = CliRunner.real("graph", "-e", write("run.json", run.out()).toString(), def.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("class s_Prepare,s_Route,s_Done visited;").doesNotContain(" failed;");
  }

  @Test
  void missingDefinitionIsAUsageError() {
    CliRunner.Run r = CliRunner.real("graph", dir.resolve("nope.asl.json").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("asl graph: no such definition").contains("nope.asl.json");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badExecutionFileIsAUsageError() throws Exception {
    Path def = write("m.asl.json", DEFINITION);
    CliRunner.Run notJson = CliRunner.real("graph", "-e", write("a.json", "{oops").toString(), def.toString());
    assertThat(notJson.exit()).isEqualTo(2);
    assertThat(notJson.err()).contains("is not JSON");
    CliRunner.Run noHistory =
        CliRunner.real("graph", "-e", write("b.json", "{\"status\":\"SUCCEEDED\"}").toString(), def.toString());
    assertThat(noHistory.exit()).isEqualTo(2);
    assertThat(noHistory.err()).contains("--history");
  }

  @Test
  void badFormatIsAUsageError() throws Exception {
    CliRunner.Run r = CliRunner.real("graph", "--format", "png", write("m.asl.json", DEFINITION).toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("png");
  }

  @Test
  void invalidDefinitionExitsOneWithDiagnosticsAndIsDrawnWithTheErrorsMarked() throws Exception {
    Path def = write("bad.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"Nowhere\"}}}");
    CliRunner.Run r = CliRunner.real("graph", def.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("bad.asl.json").contains("Nowhere");
    assertThat(r.out()).contains("Nowhere (missing)").containsPattern("class s_A\\b.*error;");
    CliRunner.Run svg = CliRunner.real("graph", "-f", "svg", def.toString());
    assertThat(svg.exit()).isEqualTo(1);
    assertThat(svg.out()).contains("class=\"node pass error\" data-state=\"A\"")
        .contains("Problems in this definition").contains("[MISSING_TRANSITION_TARGET] /States/A/Next");
  }

  @Test
  void aDefinitionTooLargeForSvgIsAUsageErrorWithTheWayOut() throws Exception {
    StringBuilder text = new StringBuilder("{\"StartAt\":\"S0\",\"States\":{");
    for (int i = 0; i < 400; i++) {
      text.append("\"S").append(i).append("\":{\"Type\":\"Pass\",\"Next\":\"S").append(i + 1).append("\"},");
    }
    Path def = write("big.asl.json", text.append("\"S400\":{\"Type\":\"Succeed\"}}}").toString());
    CliRunner.Run r = CliRunner.real("graph", "-f", "svg", def.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("big.asl.json").contains("too large to lay out as SVG").contains("Mermaid or DOT");
    assertThat(CliRunner.real("graph", def.toString()).exit()).isZero();
  }

  @Test
  void textThatIsNoStateMachineIsNotDrawn() throws Exception {
    Path def = write("bad.asl.json", "{\"StartAt\": ");
    CliRunner.Run r = CliRunner.real("graph", def.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("bad.asl.json");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void helpListsTheOptions() {
    CliRunner.Run r = CliRunner.real("graph", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--format", "--execution", "--output", "mermaid, dot or svg");
  }
}
