package dev.asl4j.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {
  @Test
  void rendersEachDiagnosticWithCaretThenSummary() {
    String out =
        ReportWriter.text().render(List.of(Reports.valid("ok.asl.json"), Reports.broken("b.asl.json")));
    List<String> lines = out.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "ERROR b.asl.json:4:38 [MISSING_TRANSITION_TARGET] /States/A/Next: state \"B\" does not exist");
    assertThat(lines.get(1)).isEqualTo("      \"A\": {\"Type\": \"Pass\", \"Next\": \"B\"}");
    assertThat(lines.get(2)).isEqualTo("  " + " ".repeat(37) + "^");
    assertThat(lines.get(3)).isEqualTo("WARNING b.asl.json [NO_DOLLAR] /: say \"x\" with a quote");
    assertThat(lines.get(4)).isEqualTo("2 files checked: 1 invalid; 1 error, 1 warning");
    assertThat(lines).hasSize(5);
  }

  @Test
  void summaryOfValidFiles() {
    assertThat(ReportWriter.text().render(List.of(Reports.valid("a.asl.json"))))
        .isEqualTo("1 file checked: all valid; 0 errors, 0 warnings" + System.lineSeparator());
  }

  @Test
  void summaryCounts() {
    ReportSummary s = ReportSummary.of(List.of(Reports.broken("x"), Reports.broken("y")));
    assertThat(s).isEqualTo(new ReportSummary(2, 2, 2, 2, 0));
    assertThat(s.valid()).isFalse();
  }
}
