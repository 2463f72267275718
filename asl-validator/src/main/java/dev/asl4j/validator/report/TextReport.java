package dev.asl4j.validator.report;

import dev.asl4j.parser.Diagnostic;
import dev.asl4j.validator.ValidationResult;
import java.io.IOException;
import java.util.List;

/** Diagnostics rendered for people, one block per diagnostic, then the summary line. */
final class TextReport implements ReportWriter {
  private static final String NL = System.lineSeparator();

  @Override
  public void write(List<ValidationResult> results, Appendable out) throws IOException {
    for (ValidationResult r : results) {
      String file = r.parse().fileName();
      String text = r.parse().sourceText();
      for (Diagnostic d : r.diagnostics()) {
        out.append(d.render(file, text)).append(NL);
      }
    }
    out.append(ReportSummary.of(results).line()).append(NL);
  }
}
