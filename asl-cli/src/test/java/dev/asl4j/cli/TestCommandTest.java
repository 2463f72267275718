package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code asl test} over a directory of hand-written cases. */
class TestCommandTest {
  private static final String PASS_DEF =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":{\"v\":1},\"End\":true}}}";

  @TempDir Path dir;
  Path cases;

  @BeforeEach
  void write() throws IOException {
    ValidatorReady.assume();
    cases = Files.createDirectories(dir.resolve("cases"));
    Files.createDirectories(cases.resolve("sub"));
    Files.createDirectories(dir.resolve("defs"));
    // a passing case with the definition inline, one output differs, one is not JSON,
    // one has no definition, and one refers to a YAML definition file by relative path
    write("a_pass.json", "{\"name\":\"passes\",\"definition\":" + PASS_DEF
        + ",\"input\":{},\"expected\":{\"status\":\"SUCCEEDED\",\"output\":{\"v\":1.0}}}");
    write("b_fail.json", "{\"name\":\"wrong output\",\"definition\":" + PASS_DEF
        + ",\"expected\":{\"status\":\"SUCCEEDED\",\"output\":{\"v\":2}}}");
    write("c_malformed.json", "{\"name\":\"broken\", \"definition\": ");
    write("sub/d_nodef.json", "{\"name\":\"no definition\",\"expected\":{\"status\":\"SUCCEEDED\"}}");
    Files.writeString(dir.resolve("defs/charge.asl.yaml"), """
        StartAt: Charge
        States:
          Charge:
            Type: Task
            Resource: arn:aws:lambda:us-east-1:111111111111:function:charge
            End: true
        """);
    // a case reads definition files inside its own directory (../ leads out: --allow-outside)
    Files.createDirectories(cases.resolve("sub/defs"));
    Files.copy(dir.resolve("defs/charge.asl.yaml"), cases.resolve("sub/defs/charge.asl.yaml"));
    write("sub/e_file.json", "{\"name\":\"by path\",\"definition\":\"defs/charge.asl.yaml\","
        + "\"mocks\":{\"Charge\":[{\"throw\":{\"error\":\"Declined\",\"cause\":\"{\\\"code\\\": 7}\"}}]},"
        + "\"expected\":{\"status\":\"FAILED\",\"error\":\"Declined\",\"cause\":\"{\\\"code\\\":7}\"}}");
  }

  private void write(String rel, String text) throws IOException {
    Files.writeString(cases.resolve(rel), text);
  }

  @Test
  void jsonReportHasExactlyTheDocumentedShape() throws IOException {
    CliRunner.Run r = CliRunner.real("test", "--format", "json", cases.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode o = JsonArgs.MAPPER.readTree(r.out());
    assertThat(fieldNames(o)).containsExactly("cases", "passed", "failed");
    assertThat(o.path("passed").asInt()).isEqualTo(2);
    assertThat(o.path("failed").asInt()).isEqualTo(3);
    JsonNode cs = o.path("cases");
    assertThat(cs).hasSize(5);
    for (JsonNode c : cs) {
      assertThat(fieldNames(c)).containsExactly("name", "file", "status", "reason");
    }
    assertCase(cs.get(0), "passes", "a_pass.json", "passed");
    assertThat(cs.get(0).get("reason").isNull()).isTrue();
    assertCase(cs.get(1), "wrong output", "b_fail.json", "failed");
    assertThat(cs.get(1).path("reason").asText()).contains("output").contains("expected");
    assertCase(cs.get(2), "c_malformed", "c_malformed.json", "error");
    assertThat(cs.get(2).path("reason").asText()).contains("not valid JSON");
    assertCase(cs.get(3), "no definition", Path.of("sub", "d_nodef.json").toString(), "error");
    assertThat(cs.get(3).path("reason").asText()).contains("definition");
    assertCase(cs.get(4), "by path", Path.of("sub", "e_file.json").toString(), "passed");
  }

  private void assertCase(JsonNode c, String name, String rel, String status) {
    assertThat(c.path("name").asText()).isEqualTo(name);
    assertThat(c.path("file").asText()).isEqualTo(cases.resolve(rel).toString());
    assertThat(c.path("status").asText()).as(c.toString()).isEqualTo(status);
  }

  private static List<String> fieldNames(JsonNode o) {
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void textReportListsFailuresAndClosesWithCounts() {
    CliRunner.Run r = CliRunner.real("test", cases.toString());
    assertThat(r.exit()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("FAIL " + cases.resolve("b_fail.json") + " wrong output: output ");
    assertThat(lines.get(1)).startsWith("FAIL " + cases.resolve("c_malformed.json") + " c_malformed: ");
    assertThat(lines.get(2)).startsWith("FAIL " + cases.resolve("sub/d_nodef.json") + " no definition: ");
    assertThat(lines.get(3)).isEqualTo("2 passed, 3 failed");
  }

  @Test
  void allPassingFilesExitZeroAndFilesAreReportedAsGiven() {
    String a = cases.resolve("a_pass.json").toString();
    String e = cases.resolve("sub/e_file.json").toString();
    CliRunner.Run r = CliRunner.real("test", "-f", "json", a, e, a);
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).contains("\"file\":\"" + a.replace("\\", "\\\\") + "\"")
        .contains("\"passed\":2,\"failed\":0");

    CliRunner.Run text = CliRunner.real("test", a);
    assertThat(text.exit()).isZero();
    assertThat(text.out()).isEqualTo("1 passed, 0 failed" + System.lineSeparator());
  }

  @Test
  void aNonexistentPathIsAUsageError() {
    CliRunner.Run r = CliRunner.real("test", cases.toString(), dir.resolve("missing").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("missing");
    assertThat(r.out()).isEmpty();
    assertThat(CliRunner.real("test").exit()).isEqualTo(2);
    assertThat(CliRunner.real("test", "--format", "xml", cases.toString()).exit()).isEqualTo(2);
  }

  @Test
  void aCaseWhoseMocksNameAMissingStateFailsWithASuggestion() throws IOException {
    Path c = Files.writeString(dir.resolve("misspelt.json"), "{\"name\":\"typo\",\"definition\":"
        + "\"defs/charge.asl.yaml\",\"mocks\":{\"Charg\":[{\"return\":{}}]},"
        + "\"expected\":{\"status\":\"SUCCEEDED\"}}");
    CliRunner.Run r = CliRunner.real("test", c.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("mocks: no Task state is named \"Charg\"; did you mean \"Charge\"?")
        .contains("0 passed, 1 failed");
  }
}
