package dev.asl4j.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asl4j.parser.DiagnosticCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path base;

  @Test
  void versionSchemaAndStableRules() throws Exception {
    JsonNode sarif = JSON.readTree(ReportWriter.sarif(base).render(List.of()));
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.path("$schema").asText()).contains("sarif-2.1.0");
    JsonNode run = sarif.path("runs").path(0);
    assertThat(run.path("tool").path("driver").path("name").asText()).isEqualTo("asl4j");
    JsonNode rules = run.path("tool").path("driver").path("rules");
    assertThat(rules.size()).isEqualTo(DiagnosticCode.values().length);
    for (DiagnosticCode code : DiagnosticCode.values()) {
      JsonNode rule = rules.path(code.ordinal());
      assertThat(rule.path("id").asText()).isEqualTo(code.name());
      assertThat(rule.path("properties").path("awsCode").asText()).isEqualTo(code.awsCode());
    }
    assertThat(rules.path(DiagnosticCode.MISSING_TRANSITION_TARGET.ordinal()).path("shortDescription").path("text").asText())
        .isEqualTo("Missing transition target");
    assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText())
        .startsWith("file:")
        .endsWith("/");
    assertThat(run.path("results").size()).isZero();
  }

  @Test
  void resultsHaveRelativeUrisRegionsAndLevels() throws Exception {
    String file = base.resolve("flows/my order.asl.json").toString();
    JsonNode run =
        JSON.readTree(ReportWriter.sarif(base).render(List.of(Reports.broken(file)))).path("runs").path(0);
    JsonNode results = run.path("results");
    assertThat(results.size()).isEqualTo(2);

    JsonNode error = results.path(0);
    assertThat(error.path("ruleId").asText()).isEqualTo("MISSING_TRANSITION_TARGET");
    assertThat(error.path("ruleIndex").asInt())
        .isEqualTo(DiagnosticCode.MISSING_TRANSITION_TARGET.ordinal());
    assertThat(error.path("level").asText()).isEqualTo("error");
    assertThat(error.path("message").path("text").asText())
        .isEqualTo("/States/A/Next: state \"B\" does not exist");
    JsonNode loc = error.path("locations").path(0).path("physicalLocation");
    assertThat(loc.path("artifactLocation").path("uri").asText()).isEqualTo("flows/my%20order.asl.json");
    assertThat(loc.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(loc.path("region").path("startLine").asInt()).isEqualTo(4);
    assertThat(loc.path("region").path("startColumn").asInt()).isEqualTo(38);
    assertThat(error.path("locations").path(0).path("logicalLocations").path(0).path("fullyQualifiedName").asText())
        .isEqualTo("/States/A/Next");

    JsonNode warning = results.path(1);
    assertThat(warning.path("level").asText()).isEqualTo("warning");
    JsonNode region = warning.path("locations").path(0).path("physicalLocation").path("region");
    assertThat(region.path("startLine").asInt()).isEqualTo(1);
    assertThat(region.has("startColumn")).isFalse();
  }

  @Test
  void relativeToCurrentDirectoryWhenGivenRelativePath() {
    SarifReport report = new SarifReport(Path.of(""));
    assertThat(report.relativeUri("samples/x.asl.json")).isEqualTo("samples/x.asl.json");
    assertThat(report.relativeUri("./samples/../y.asl.yaml")).isEqualTo("y.asl.yaml");
  }

  @Test
  void filesOutsideTheBaseGetAbsoluteUris() throws Exception {
    Path other = base.getParent().resolve("elsewhere.asl.json");
    SarifReport report = new SarifReport(base);
    assertThat(report.relativeUri(other.toString())).isNull();
    JsonNode uri =
        JSON.readTree(report.render(List.of(Reports.broken(other.toString()))))
            .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
    assertThat(uri.path("uri").asText()).startsWith("file:/").endsWith("elsewhere.asl.json");
    assertThat(uri.has("uriBaseId")).isFalse();
  }

  @Test
  void infoIsNote() {
    assertThat(SarifReport.level(dev.asl4j.parser.Severity.INFO)).isEqualTo("note");
    assertThat(SarifReport.encode("a b/ü#.json")).isEqualTo("a%20b/%C3%BC%23.json");
  }
}
