package dev.asl4j.validator.report;

import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.ParseResult;
import dev.asl4j.parser.Severity;
import dev.asl4j.parser.SourceMap;
import dev.asl4j.parser.SourceSpan;
import dev.asl4j.validator.ValidationResult;
import java.util.List;
import java.util.Optional;

/** Hand-built results, so report tests do not depend on the parser or the rules. */
final class Reports {
  static final String BROKEN_TEXT =
      "{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": {\"Type\": \"Pass\", \"Next\": \"B\"}\n  }\n}\n";

  private Reports() {}

  static ValidationResult valid(String file) {
    return result(file, "{}", List.of());
  }

  static ValidationResult broken(String file) {
    return result(
        file,
        BROKEN_TEXT,
        List.of(
            new Diagnostic(
                DiagnosticCode.MISSING_TRANSITION_TARGET,
                Severity.ERROR,
                "state \"B\" does not exist",
                "/States/A/Next",
                new SourceSpan(4, 38, 70)),
            new Diagnostic(
                DiagnosticCode.NO_DOLLAR,
                Severity.WARNING,
                "say \"x\" with a quote",
                "",
                SourceSpan.UNKNOWN)));
  }

  static ValidationResult result(String file, String text, List<Diagnostic> diagnostics) {
    return new ValidationResult(
        new ParseResult(file, text, null, Optional.empty(), SourceMap.empty(), List.of()),
        diagnostics);
  }
}
