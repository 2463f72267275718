package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code asl validate} with the real parser and rules. */
class ValidateEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final Path SAMPLE = Path.of(
      "..", "samples", "order-processing", "src", "main", "resources", "order-processing.asl.json");

  @TempDir Path dir;

  @BeforeEach
  void ready() {
    ValidatorReady.assume();
  }

  @Test
  void theReadmeSampleIsValid() {
    CliRunner.Run r = CliRunner.real("validate", SAMPLE.toString());
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).contains("1 file checked: all valid; 0 errors");
  }

  @Test
  void aMissingTransitionTargetIsReportedWithItsPosition() throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("broken.asl.json"),
            "{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": {\"Type\": \"Pass\", \"Next\": \"B\"}\n  }\n}\n");
    CliRunner.Run r = CliRunner.real("validate", "--format", "json", f.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode d = null;
    for (JsonNode each : JSON.readTree(r.out()).at("/results/0/diagnostics")) {
      if (each.path("code").asText().equals("MISSING_TRANSITION_TARGET")) {
        d = each;
      }
    }
    assertThat(d).as(r.out()).isNotNull();
    assertThat(d.path("severity").asText()).isEqualTo("ERROR");
    assertThat(d.path("pointer").asText()).isEqualTo("/States/A/Next");
    assertThat(d.path("line").asInt()).isEqualTo(4);

    CliRunner.Run text = CliRunner.real("validate", f.toString());
    assertThat(text.out()).contains("ERROR " + f + ":4:").contains("[MISSING_TRANSITION_TARGET] /States/A/Next: ");
  }

  @Test
  void garbageIsAnErrorNotACrash() throws IOException {
    Path f = Files.writeString(dir.resolve("garbage.asl.json"), "{ \"StartAt\": ");
    Path y = Files.writeString(dir.resolve("garbage.asl.yaml"), "StartAt: [\n  - : :\n");
    CliRunner.Run r = CliRunner.real("validate", f.toString(), y.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
  }
}
