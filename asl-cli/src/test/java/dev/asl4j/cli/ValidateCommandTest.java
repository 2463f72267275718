package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code asl validate} with a fake validator: exit codes, formats, operands. */
class ValidateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private String good;
  private String bad;

  @BeforeEach
  void files() throws IOException {
    good = write("good.asl.json", "{\n  \"fine\": 1\n}\n").toString();
    bad = write("bad.asl.json", "{\n  \"Next\": \"BROKEN\",\n    \"x\": \"SLOPPY\"\n}\n").toString();
  }

  @Test
  void validFileExitsZero() {
    CliRunner.Run r = CliRunner.fake("validate", good);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("1 file checked: all valid; 0 errors, 0 warnings" + System.lineSeparator());
    assertThat(r.err()).isEmpty();
  }

  @Test
  void errorExitsOneWithRenderedDiagnostics() {
    CliRunner.Run r = CliRunner.fake("validate", good, bad);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines().toList())
        .containsExactly(
            "ERROR " + bad + ":2:3 [MISSING_TRANSITION_TARGET] /States/L2: broken STANDARD",
            "    \"Next\": \"BROKEN\",",
            "    ^",
            "WARNING " + bad + ":3:5 [NO_DOLLAR] /States/L3: sloppy",
            "      \"x\": \"SLOPPY\"",
            "      ^",
            "2 files checked: 1 invalid; 1 error, 1 warning");
  }

  @Test
  void warningsAloneExitZero() throws IOException {
    String sloppy = write("sloppy.asl.yaml", "x: SLOPPY\n").toString();
    assertThat(CliRunner.fake("validate", sloppy).exit()).isZero();
  }

  @Test
  void typeIsPassedToTheValidator() {
    assertThat(CliRunner.fake("validate", "--type", "EXPRESS", bad).out()).contains("broken EXPRESS");
    assertThat(CliRunner.fake("validate", "--type=express", bad).out()).contains("broken EXPRESS");
  }

  @Test
  void jsonFormatHasTheExactShape() throws IOException {
    CliRunner.Run r = CliRunner.fake("validate", "--format", "json", good, bad);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines().count()).isEqualTo(1);
    JsonNode expected =
        JSON.readTree(
            ("{'results':[{'file':'GOOD','valid':true,'diagnostics':[]},"
                    + "{'file':'BAD','valid':false,'diagnostics':["
                    + "{'severity':'ERROR','code':'MISSING_TRANSITION_TARGET','message':'broken STANDARD','pointer':'/States/L2','line':2,'column':3},"
                    + "{'severity':'WARNING','code':'NO_DOLLAR','message':'sloppy','pointer':'/States/L3','line':3,'column':5}]}]}")
                .replace('\'', '"')
                .replace("GOOD", JSON.writeValueAsString(good).replace("\"", ""))
                .replace("BAD", JSON.writeValueAsString(bad).replace("\"", "")));
    assertThat(JSON.readTree(r.out())).isEqualTo(expected);
  }

  @Test
  void sarifFormat() throws IOException {
    CliRunner.Run r = CliRunner.fake("validate", "-f", "SARIF", bad);
    assertThat(r.exit()).isEqualTo(1);
    JsonNode sarif = JSON.readTree(r.out());
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    JsonNode result = sarif.at("/runs/0/results/0");
    assertThat(result.path("ruleId").asText()).isEqualTo("MISSING_TRANSITION_TARGET");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(2);
    assertThat(result.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(3);
    String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
    Path cwd = Path.of("").toAbsolutePath();
    if (Path.of(bad).startsWith(cwd)) {
      assertThat(uri).doesNotStartWith("file:").endsWith("bad.asl.json");
    } else {
      assertThat(uri).startsWith("file:").endsWith("bad.asl.json");
    }
  }

  @Test
  void sarifUrisAreRelativeToTheCurrentDirectory() throws IOException {
    // Surefire runs in the module directory, so a file under target/ is below the current one.
    Path local = Files.createDirectories(Path.of("target", "cli-test"));
    Path file = Files.writeString(local.resolve("rel.asl.json"), "BROKEN\n");
    JsonNode sarif = JSON.readTree(CliRunner.fake("validate", "--format=sarif", file.toString()).out());
    assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("target/cli-test/rel.asl.json");
  }

  @Test
  void directoriesAreSearchedRecursivelyForDefinitionSuffixes() throws IOException {
    write("sub/deeper/a.asl.yaml", "ok\n");
    write("sub/b.asl.yml", "ok\n");
    write("sub/c.ASL.JSON", "ok\n");
    write("sub/ignored.json", "BROKEN\n");
    write("sub/notes.txt", "BROKEN\n");
    CliRunner.Run r = CliRunner.fake("validate", "--format", "json", dir.resolve("sub").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("a.asl.yaml", "b.asl.yml", "c.ASL.JSON")
        .doesNotContain("ignored.json", "notes.txt");
  }

  @Test
  void aFileIsTakenWhateverItsName() throws IOException {
    String odd = write("definition.txt", "BROKEN\n").toString();
    assertThat(CliRunner.fake("validate", odd).exit()).isEqualTo(1);
  }

  @Test
  void aFileNamedTwiceIsCheckedOnce() {
    CliRunner.Run r = CliRunner.fake("validate", "-f", "json", bad, dir.toString());
    assertThat(r.out().split("bad.asl.json", -1)).hasSize(2);
  }

  @Test
  void manyFilesKeepTheirOrder() throws IOException {
    for (int i = 0; i < 30; i++) {
      write(String.format("many/f%02d.asl.json", i), i % 7 == 0 ? "BROKEN\n" : "ok\n");
    }
    CliRunner.Run r = CliRunner.fake("validate", "-f", "json", dir.resolve("many").toString());
    assertThat(r.exit()).isEqualTo(1);
    int last = -1;
    for (int i = 0; i < 30; i++) {
      int at = r.out().indexOf(String.format("f%02d.asl.json", i));
      assertThat(at).isGreaterThan(last);
      last = at;
    }
  }

  @Test
  void outputOptionWritesTheReportToAFile() throws IOException {
    Path report = dir.resolve("out.sarif");
    CliRunner.Run r = CliRunner.fake("validate", "-f", "sarif", "-o", report.toString(), bad);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("1 file checked: 1 invalid; 1 error, 1 warning" + System.lineSeparator());
    assertThat(JSON.readTree(Files.readString(report)).path("version").asText()).isEqualTo("2.1.0");
  }

  @Test
  void nonUtf8BytesAndBomDoNotCrash() throws IOException {
    Path f = dir.resolve("binary.asl.json");
    Files.write(f, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', (byte) 0xFF, '}'});
    CliRunner.Run r = CliRunner.fake("validate", "-f", "json", f.toString());
    // the bad byte is an error of its own (cli.md), at line 1, column 2 (the BOM is not counted)
    assertThat(r.exit()).isEqualTo(1);
    JsonNode d = JSON.readTree(r.out()).findValue("diagnostics").get(0);
    assertThat(d.path("code").asText()).isEqualTo("INVALID_JSON_DESCRIPTION");
    assertThat(d.path("column").asInt()).isEqualTo(2);
  }

  @Test
  void aValidatorCrashNamesTheFileAndExitsOne() {
    CliRunner.Run r =
        CliRunner.withChecker(
            (text, file, type) -> {
              throw new UnsupportedOperationException("boom");
            },
            "validate",
            good);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("internal error").contains("validating " + good).contains("boom");
  }

  // ---- usage errors ---------------------------------------------------------------------------

  @Test
  void missingFileIsAUsageError() {
    String missing = dir.resolve("nope.asl.json").toString();
    CliRunner.Run r = CliRunner.fake("validate", good, missing);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no such file or directory: " + missing);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void noOperandIsAUsageError() {
    CliRunner.Run r = CliRunner.fake("validate");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("FILE|DIR");
  }

  @Test
  void unknownFormatOrTypeOrOptionIsAUsageError() {
    assertThat(CliRunner.fake("validate", "--format", "xml", good).exit()).isEqualTo(2);
    assertThat(CliRunner.fake("validate", "--type", "FAST", good).exit()).isEqualTo(2);
    assertThat(CliRunner.fake("validate", "--frobnicate", good).exit()).isEqualTo(2);
  }

  @Test
  void helpListsOptionsAndExitsZero() {
    CliRunner.Run r = CliRunner.fake("validate", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--format", "--type", "--output", "Exit status");
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content, StandardCharsets.UTF_8);
  }
}
