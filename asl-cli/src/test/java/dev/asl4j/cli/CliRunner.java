package dev.asl4j.cli;

import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.ParseResult;
import dev.asl4j.parser.Severity;
import dev.asl4j.parser.SourceMap;
import dev.asl4j.parser.SourceSpan;
import dev.asl4j.validator.DefinitionChecker;
import dev.asl4j.validator.ValidationResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/** Runs {@code asl} in-process with captured streams and, optionally, a fake validator. */
final class CliRunner {
  /** What a run printed and returned. */
  record Run(int exit, String out, String err) {}

  private CliRunner() {}

  /** With the real validator. */
  static Run real(String... args) {
    return run(CommandLine.defaultFactory(), args);
  }

  /** With {@link #FAKE}, so tests do not depend on which rules exist. */
  static Run fake(String... args) {
    return withChecker(FAKE, args);
  }

  /** With the given validator. */
  static Run withChecker(DefinitionChecker checker, String... args) {
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            if (cls == ValidateCommand.class) {
              return cls.cast(new ValidateCommand(checker));
            }
            return CommandLine.defaultFactory().create(cls);
          }
        };
    return run(factory, args);
  }

  /** With the subcommand objects {@code factory} makes. */
  static Run run(CommandLine.IFactory factory, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = Main.commandLine(factory);
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int exit = cmd.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /**
   * A fake validator: a line containing {@code BROKEN} is an error at its first non-blank column,
   * one containing {@code SLOPPY} a warning.
   */
  static final DefinitionChecker FAKE =
      (text, file, type) -> {
        List<Diagnostic> ds = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          int col = lines[i].length() - lines[i].stripLeading().length() + 1;
          if (lines[i].contains("BROKEN")) {
            ds.add(diag(DiagnosticCode.MISSING_TRANSITION_TARGET, Severity.ERROR, "broken " + type, i, col));
          } else if (lines[i].contains("SLOPPY")) {
            ds.add(diag(DiagnosticCode.NO_DOLLAR, Severity.WARNING, "sloppy", i, col));
          }
        }
        return new ValidationResult(
            new ParseResult(file, text, null, Optional.empty(), SourceMap.empty(), List.of()), ds);
      };

  private static Diagnostic diag(DiagnosticCode code, Severity s, String msg, int i, int col) {
    return new Diagnostic(code, s, msg, "/States/L" + (i + 1), new SourceSpan(i + 1, col, -1));
  }
}
