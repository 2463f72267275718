package dev.asl4j.cli;

import dev.asl4j.parser.model.StateMachineType;
import dev.asl4j.validator.DefinitionChecker;
import dev.asl4j.validator.ValidationResult;
import dev.asl4j.validator.report.ReportFormat;
import dev.asl4j.validator.report.ReportSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code asl validate}: checks definitions and reports every diagnostic. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check state machine definitions against every static rule AWS enforces.",
      "A directory means its *.asl.json, *.asl.yaml and *.asl.yml files, recursively;"
          + " a file is checked whatever its name."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no file has an error (warnings allowed)",
      "1:at least one file has an error",
      "2:usage error, or a file that does not exist or cannot be read"
    })
final class ValidateCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int INVALID = 1;
  static final int USAGE = 2;

  /** Below this many files, validating on several threads costs more than it saves. */
  private static final int PARALLEL_THRESHOLD = 8;

  @Spec CommandSpec spec;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Report format: text, json or sarif (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(
      names = {"-t", "--type"},
      paramLabel = "TYPE",
      defaultValue = "STANDARD",
      description = "State machine type the rules apply to: STANDARD or EXPRESS (default: ${DEFAULT-VALUE}).")
  StateMachineType type;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output (the summary line still goes to standard output).")
  Path output;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Definitions to check.")
  List<String> operands;

  private final DefinitionChecker checker;

  /** Used by picocli: the real validator. */
  ValidateCommand() {
    this(DefinitionChecker.standard());
  }

  ValidateCommand(DefinitionChecker checker) {
    this.checker = checker;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files;
    List<Checked> checked;
    try {
      files = DefinitionFiles.expand(operands);
      checked = validateAll(files);
    } catch (DefinitionFiles.MissingFileException e) {
      return usageError(err, e.getMessage());
    } catch (IOException e) {
      return usageError(err, "cannot list " + e.getMessage());
    }
    // A file that cannot be read is named on standard error; the others are still reported.
    List<ValidationResult> results = new java.util.ArrayList<>();
    boolean unreadable = false;
    for (Checked c : checked) {
      if (c.result() != null) {
        results.add(c.result());
      } else {
        unreadable = true;
        err.println("asl validate: cannot read " + dev.asl4j.parser.TerminalText.escape(c.file().toString()) + ": "
            + c.unreadable());
      }
    }
    err.flush();
    int status = report(results, out, err);
    return unreadable && status != USAGE ? USAGE : status;
  }

  private int report(List<ValidationResult> results, PrintWriter out, PrintWriter err)
      throws IOException {
    ReportSummary summary = ReportSummary.of(results);
    if (output == null) {
      format.writer(Path.of("")).write(results, out);
    } else {
      try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        format.writer(Path.of("")).write(results, w);
      } catch (IOException e) { // a full disk, /dev/full, a directory: say so, no stack trace
        return usageError(err, "cannot write the report to " + output + ": "
            + JsonArgs.describe(e));
      }
      out.println(summary.line());
    }
    out.flush();
    return summary.valid() ? OK : INVALID;
  }

  /** One file's result, or why it could not be read. */
  private record Checked(Path file, ValidationResult result, String unreadable) {}

  private List<Checked> validateAll(List<Path> files) {
    var stream = files.size() >= PARALLEL_THRESHOLD ? files.parallelStream() : files.stream();
    return stream.map(this::validate).toList();
  }

  private Checked validate(Path file) {
    byte[] data;
    try {
      data = CliFiles.bytes(file);
    } catch (CliFiles.Unreadable e) {
      return new Checked(file, null, e.getMessage());
    }
    // Decoded leniently so the rest is still checked; the first bad byte is an error of its own.
    String text = CliFiles.withoutBom(new String(data, StandardCharsets.UTF_8));
    ValidationResult r;
    try {
      r = checker.check(text, file.toString(), type);
    } catch (RuntimeException e) {
      throw new IllegalStateException("validating " + file + " failed", e);
    }
    int bad = CliFiles.firstInvalidUtf8(data);
    return new Checked(file, bad < 0 ? r : Utf8Diagnostic.add(r, data, bad), null);
  }

  private int usageError(PrintWriter err, String message) {
    err.println("asl validate: " + message);
    err.flush();
    return USAGE;
  }
}
