package dev.asl4j.validator;

import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.ParseResult;
import dev.asl4j.parser.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The parse result of a definition plus every diagnostic of parsing and validation, sorted by
 * position.
 *
 * @param parse what the parser made of the text
 * @param diagnostics parse and validation diagnostics, sorted by line, column, then pointer
 */
public record ValidationResult(ParseResult parse, List<Diagnostic> diagnostics) {
  public ValidationResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Whether any diagnostic is an error (the definition is invalid). */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** The errors only. */
  public List<Diagnostic> errors() {
    return diagnostics.stream()
        .filter(d -> d.severity() == Severity.ERROR)
        .collect(Collectors.toUnmodifiableList());
  }

  /** Every diagnostic rendered with its source line and caret, one after another. */
  public String render() {
    return diagnostics.stream()
        .map(d -> d.render(parse.fileName(), parse.sourceText()))
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
