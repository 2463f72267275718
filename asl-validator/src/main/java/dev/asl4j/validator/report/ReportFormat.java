package dev.asl4j.validator.report;

import java.nio.file.Path;

/** The report formats asl4j writes. */
public enum ReportFormat {
  /** Each diagnostic's human rendering with source line and caret, then a summary line. */
  TEXT,
  /** One JSON object: {@code {"results":[{"file":…,"valid":…,"diagnostics":[…]}]}}. */
  JSON,
  /** SARIF 2.1.0, one run, with one rule per diagnostic code. */
  SARIF;

  /**
   * The writer for this format.
   *
   * @param baseDirectory the directory SARIF artifact URIs are made relative to (ignored by the
   *     other formats)
   */
  public ReportWriter writer(Path baseDirectory) {
    switch (this) {
      case TEXT:
        return ReportWriter.text();
      case JSON:
        return ReportWriter.json();
      case SARIF:
        return ReportWriter.sarif(baseDirectory);
      default:
        throw new AssertionError(this);
    }
  }
}
