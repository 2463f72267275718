package dev.asl4j.validator.report;

import dev.asl4j.validator.ValidationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes the validation results of several files in one format. The file of each result is its
 * {@code parse().fileName()}, written as given. Implementations are stateless and thread-safe.
 *
 * <pre>{@code
 * List<ValidationResult> results = files.stream().map(f -> validator.validate(...)).toList();
 * ReportWriter.sarif(Path.of("")).write(results, writer);
 * }</pre>
 */
public interface ReportWriter {

  /** Writes {@code results} (in the order given) to {@code out}, ending with a line break. */
  void write(List<ValidationResult> results, Appendable out) throws IOException;

  /** Convenience: the report as a string. */
  default String render(List<ValidationResult> results) {
    StringBuilder sb = new StringBuilder();
    try {
      write(results, sb);
    } catch (IOException e) {
      throw new AssertionError("StringBuilder does not throw", e);
    }
    return sb.toString();
  }

  /** Each diagnostic's {@code Diagnostic.render} (headline, source line, caret), then a summary. */
  static ReportWriter text() {
    return new TextReport();
  }

  /** The JSON shape other tools read; see {@link JsonReport}. */
  static ReportWriter json() {
    return new JsonReport();
  }

  /**
   * SARIF 2.1.0. Artifact URIs are relative to {@code baseDirectory} (resolved against the
   * current directory) when the file lies below it, absolute {@code file:} URIs otherwise.
   */
  static ReportWriter sarif(Path baseDirectory) {
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    return new SarifReport(baseDirectory);
  }
}
