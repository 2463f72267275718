package dev.asl4j.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  @Test
  void exactShape() {
    String out =
        ReportFormat.JSON
            .writer(java.nio.file.Path.of(""))
            .render(List.of(Reports.valid("ok.asl.json"), Reports.broken("dir/b.asl.json")));
    assertThat(out)
        .isEqualTo(
            "{\"results\":["
                + "{\"file\":\"ok.asl.json\",\"valid\":true,\"diagnostics\":[]},"
                + "{\"file\":\"dir/b.asl.json\",\"valid\":false,\"diagnostics\":["
                + "{\"severity\":\"ERROR\",\"code\":\"MISSING_TRANSITION_TARGET\","
                + "\"message\":\"state \\\"B\\\" does not exist\",\"pointer\":\"/States/A/Next\","
                + "\"line\":4,\"column\":38},"
                + "{\"severity\":\"WARNING\",\"code\":\"NO_DOLLAR\","
                + "\"message\":\"say \\\"x\\\" with a quote\",\"pointer\":\"\",\"line\":0,\"column\":0}"
                + "]}]}"
                + System.lineSeparator());
  }

  @Test
  void warningsAloneKeepAFileValid() {
    var onlyWarning =
        Reports.result(
            "w.asl.json", "{}", List.of(Reports.broken("x").diagnostics().get(1)));
    assertThat(ReportWriter.json().render(List.of(onlyWarning))).contains("\"valid\":true");
  }

  @Test
  void emptyList() {
    assertThat(ReportWriter.json().render(List.of())).startsWith("{\"results\":[]}");
  }
}
