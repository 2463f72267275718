package dev.asl4j.cli;

import dev.asl4j.graph.GraphFormat;
import dev.asl4j.graph.GraphOverlay;
import dev.asl4j.graph.StateGraph;
import dev.asl4j.parser.model.StateMachineType;
import dev.asl4j.validator.DefinitionChecker;
import dev.asl4j.validator.ValidationResult;
import dev.asl4j.validator.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
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

/** {@code asl graph}: draws a definition as Mermaid, Graphviz DOT or SVG. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = {
      "Draw a state machine definition: Mermaid (for Markdown), Graphviz DOT or a standalone SVG.",
      "With --execution, the path of one execution (the output of asl run --history) is"
          + " highlighted and the state it failed in is drawn red.",
      "An invalid definition is drawn too, with the states its errors point into marked"
          + " (and, in SVG, every error listed above the picture)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the picture was written",
      "1:the definition is invalid (diagnostics on standard error; the picture, with the errors"
          + " marked, is still written when the text could be read as a state machine)",
      "2:usage error: bad option, unreadable file, execution file not asl run --history output,"
          + " a definition too large to lay out as SVG"
    })
final class GraphCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int INVALID = 1;
  static final int USAGE = 2;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DEFINITION", description = "The definition file (JSON or YAML).")
  Path definition;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "mermaid",
      description = "mermaid, dot or svg (default: ${DEFAULT-VALUE}).")
  GraphFormat format;

  @Option(
      names = {"-e", "--execution"},
      paramLabel = "RUN.json",
      description = "Highlight the path of this execution: the output of asl run --history.")
  Path execution;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the picture to FILE instead of standard output.")
  Path output;

  private final DefinitionChecker checker;

  /** Used by picocli: the real validator. */
  GraphCommand() {
    this(DefinitionChecker.standard());
  }

  GraphCommand(DefinitionChecker checker) {
    this.checker = checker;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return draw(out, err);
    } catch (UsageException e) {
      err.println("asl graph: " + dev.asl4j.parser.TerminalText.escape(e.getMessage()));
      err.flush();
      return USAGE;
    }
  }

  private int draw(PrintWriter out, PrintWriter err) throws UsageException, IOException {
    String text = read(definition, "definition");
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    ValidationResult result = checker.check(text, definition.toString(), StateMachineType.STANDARD);
    boolean invalid = result.hasErrors() || result.parse().model().isEmpty();
    if (invalid) {
      ReportFormat.TEXT.writer(Path.of("")).write(List.of(result), err);
      err.flush();
      if (result.parse().model().isEmpty()) {
        return INVALID;
      }
    }
    GraphOverlay overlay = execution == null
        ? GraphOverlay.none()
        : ExecutionPath.parse(read(execution, "execution file"), execution.toString());
    if (invalid) {
      overlay = overlay.withDiagnostics(result.diagnostics());
    }
    String picture;
    try {
      picture = StateGraph.render(result.parse().model().get(), format, overlay);
    } catch (IllegalArgumentException e) {
      // the SVG size limit: a reason and a way out, not a stack trace
      throw new UsageException(definition + ": " + e.getMessage());
    }
    if (output == null) {
      out.print(picture);
      out.flush();
    } else {
      OutputFile.write(output, picture, java.util.Arrays.asList(definition, execution));
    }
    return invalid ? INVALID : OK;
  }

  static String read(Path file, String what) throws UsageException {
    if (!Files.exists(file)) {
      throw new UsageException("no such " + what + ": " + file);
    }
    return CliFiles.text(file, what);
  }
}
