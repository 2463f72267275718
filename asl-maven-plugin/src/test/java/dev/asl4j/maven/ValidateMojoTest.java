package dev.asl4j.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.ParseResult;
import dev.asl4j.parser.Severity;
import dev.asl4j.parser.SourceMap;
import dev.asl4j.parser.SourceSpan;
import dev.asl4j.parser.model.StateMachineType;
import dev.asl4j.validator.DefinitionChecker;
import dev.asl4j.validator.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal against a stubbed project directory and a fake validator. */
class ValidateMojoTest {
  /** An error on every line containing BROKEN, a warning on every line containing SLOPPY. */
  static final DefinitionChecker FAKE =
      (text, file, type) -> {
        List<Diagnostic> ds = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (lines[i].contains("BROKEN")) {
            ds.add(new Diagnostic(DiagnosticCode.MISSING_TRANSITION_TARGET, Severity.ERROR,
                "broken " + type, "/States/A/Next", new SourceSpan(i + 1, 3, -1)));
          } else if (lines[i].contains("SLOPPY")) {
            ds.add(new Diagnostic(DiagnosticCode.NO_DOLLAR, Severity.WARNING, "sloppy", "/x",
                new SourceSpan(i + 1, 1, -1)));
          }
        }
        return new ValidationResult(
            new ParseResult(file, text, null, Optional.empty(), SourceMap.empty(), List.of()), ds);
      };

  @TempDir Path project;
  private final CapturingLog log = new CapturingLog();

  @BeforeEach
  void layout() throws IOException {
    write("src/main/resources/flows/good.asl.json", "{\n  ok\n}\n");
  }

  @Test
  void passesOnGoodDefinitions() throws Exception {
    mojo().execute();
    assertThat(log.text()).contains("INFO asl: 1 file checked: all valid; 0 errors, 0 warnings");
  }

  @Test
  void failsOnAnErrorAndLogsTheRendering() throws Exception {
    write("src/main/resources/bad.asl.yaml", "x:\n  BROKEN\n");
    ValidateMojo m = mojo();
    assertThatThrownBy(m::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("1 state machine definition(s) have errors");
    String sep = System.lineSeparator();
    assertThat(log.lines)
        .contains("ERROR ERROR src/main/resources/bad.asl.yaml:2:3 [MISSING_TRANSITION_TARGET] /States/A/Next: broken STANDARD"
            + sep + "    BROKEN" + sep + "    ^");
  }

  @Test
  void warningsPassUnlessFailOnWarning() throws Exception {
    write("src/main/resources/w.asl.json", "SLOPPY\n");
    mojo().execute();
    assertThat(log.text()).contains("WARN WARNING src/main/resources/w.asl.json:1:1 [NO_DOLLAR]");
    ValidateMojo strict = mojo();
    strict.failOnWarning = true;
    assertThatThrownBy(strict::execute).isInstanceOf(MojoFailureException.class);
  }

  @Test
  void failOnErrorFalseOnlyLogs() throws Exception {
    write("src/main/resources/bad.asl.json", "BROKEN\n");
    ValidateMojo m = mojo();
    m.failOnError = false;
    m.execute();
    assertThat(log.text()).contains("1 invalid");
  }

  @Test
  void includesExcludesAndType() throws Exception {
    write("statemachines/x.asl.json", "BROKEN\n");
    write("src/main/resources/flows/wip.asl.json", "BROKEN\n");
    ValidateMojo m = mojo();
    m.includes = List.of("statemachines/*.asl.json", "src/main/resources/**/*.asl.json");
    m.excludes = List.of("**/wip.asl.json");
    m.type = StateMachineType.EXPRESS;
    assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class);
    assertThat(log.text()).contains("statemachines/x.asl.json:1:3").contains("broken EXPRESS")
        .doesNotContain("wip.asl.json").contains("2 files checked");
  }

  @Test
  void writesSarifWithRelativeUris() throws Exception {
    write("src/main/resources/bad.asl.json", "BROKEN\n");
    ValidateMojo m = mojo();
    m.sarifFile = project.resolve("target/reports/asl.sarif").toFile();
    assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class);
    JsonNode sarif = new ObjectMapper().readTree(Files.readString(m.sarifFile.toPath()));
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.at("/runs/0/results").size()).isEqualTo(1);
    assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("src/main/resources/bad.asl.json");
  }

  @Test
  void theRealValidatorRejectsBadJsonataAsTheCliDoes() throws Exception {
    // The plugin's class path has no engine: the JSONata check must not depend on finding one.
    assertThatThrownBy(() -> Class.forName("dev.asl4j.interpreter.AslEngine"))
        .isInstanceOf(ClassNotFoundException.class);
    String def = "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"X\", \"States\": {\"X\":"
        + " {\"Type\": \"Pass\", \"Output\": \"{% 10 + * 2 %}\", \"End\": true}}}";
    write("src/main/resources/calc.asl.json", def);
    ValidateMojo m = mojo();
    m.checker = null;
    assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class);
    assertThat(log.text()).contains("[INVALID_JSONATA] /States/X/Output").contains("Syntax error");
    // the same verdict as asl validate, which uses DefinitionChecker.standard() too
    ValidationResult cli = DefinitionChecker.standard().check(def, "calc.asl.json", StateMachineType.STANDARD);
    assertThat(cli.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.INVALID_JSONATA);
  }

  @Test
  void skipDoesNothing() throws Exception {
    write("src/main/resources/bad.asl.json", "BROKEN\n");
    ValidateMojo m = mojo();
    m.skip = true;
    m.execute();
    assertThat(log.text()).contains("skipped");
  }

  @Test
  void noDefinitionsIsFine() throws Exception {
    ValidateMojo m = mojo();
    m.includes = List.of("nothing/**/*.asl.json");
    m.execute();
    assertThat(log.text()).contains("No state machine definitions match");
  }

  private ValidateMojo mojo() {
    ValidateMojo m = new ValidateMojo();
    m.basedir = project.toFile();
    m.reportBaseDirectory = project.toFile();
    m.type = StateMachineType.STANDARD;
    m.checker = FAKE;
    m.setLog(log);
    return m;
  }

  private void write(String path, String text) throws IOException {
    Path f = project.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }
}
