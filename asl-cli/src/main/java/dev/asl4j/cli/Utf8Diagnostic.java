package dev.asl4j.cli;

import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.Severity;
import dev.asl4j.parser.SourceSpan;
import dev.asl4j.validator.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The error for a definition that is not valid UTF-8, which AWS refuses as an invalid JSON
 * description: at the line and column of the first bad byte, ahead of the other diagnostics.
 */
final class Utf8Diagnostic {
  private Utf8Diagnostic() {}

  static ValidationResult add(ValidationResult r, byte[] data, int bad) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < bad; i++) {
      if (data[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(data, lineStart, bad - lineStart, StandardCharsets.UTF_8);
    int column = CliFiles.withoutBom(before).length() + 1; // a byte-order mark is no column
    Diagnostic d = new Diagnostic(DiagnosticCode.INVALID_JSON_DESCRIPTION, Severity.ERROR,
        "the file is not valid UTF-8: byte 0x" + Integer.toHexString(data[bad] & 0xff)
            + " cannot appear here (definitions must be UTF-8 text)",
        "", new SourceSpan(line, column, -1));
    List<Diagnostic> all = new ArrayList<>(r.diagnostics().size() + 1);
    all.add(d);
    all.addAll(r.diagnostics());
    return new ValidationResult(r.parse(), all);
  }
}
