package dev.asl4j.validator.report;

import dev.asl4j.parser.Diagnostic;
import dev.asl4j.validator.ValidationResult;
import java.util.List;

/**
 * Counts over the results of several files.
 *
 * @param files how many files were validated
 * @param invalidFiles how many of them have at least one error
 * @param errors total errors
 * @param warnings total warnings
 * @param infos total informational diagnostics
 */
public record ReportSummary(int files, int invalidFiles, int errors, int warnings, int infos) {

  /** Counts {@code results}. */
  public static ReportSummary of(List<ValidationResult> results) {
    int invalid = 0;
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (ValidationResult r : results) {
      if (r.hasErrors()) {
        invalid++;
      }
      for (Diagnostic d : r.diagnostics()) {
        switch (d.severity()) {
          case ERROR:
            errors++;
            break;
          case WARNING:
            warnings++;
            break;
          default:
            infos++;
        }
      }
    }
    return new ReportSummary(results.size(), invalid, errors, warnings, infos);
  }

  /** Whether no file has an error. */
  public boolean valid() {
    return invalidFiles == 0;
  }

  /**
   * One line, e.g. {@code 3 files checked: 1 invalid; 2 errors, 1 warning}. Informational
   * diagnostics are mentioned only when there are some.
   */
  public String line() {
    StringBuilder sb = new StringBuilder();
    sb.append(plural(files, "file")).append(" checked: ");
    sb.append(invalidFiles == 0 ? "all valid" : invalidFiles + " invalid");
    sb.append("; ").append(plural(errors, "error")).append(", ").append(plural(warnings, "warning"));
    if (infos > 0) {
      sb.append(", ").append(infos).append(" info");
    }
    return sb.toString();
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
