package dev.asl4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.testcase.TestCase;
import dev.asl4j.interpreter.testcase.TestCaseRunner;
import dev.asl4j.interpreter.testcase.TestOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import dev.asl4j.parser.TerminalText;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code asl test}: runs JSON test cases (the conformance format) and reports which fail. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Run JSON test cases: a definition (inline, or a file path relative to the case), an input,"
          + " optional task mocks and the expected status, output or error and cause.",
      "A directory means every *.json file below it, recursively, in path order.",
      "Each case runs on a fresh engine in virtual time."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every case passed",
      "1:at least one case failed or could not be run",
      "2:usage error, or a path that does not exist"
    })
final class TestCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  /** Below this many cases, running them on several threads costs more than it saves. */
  private static final int PARALLEL_THRESHOLD = 8;

  /** Output formats. */
  enum Format {
    TEXT,
    JSON
  }

  /** The verdict on one case file. */
  record Verdict(String name, String file, String status, String reason) {
    boolean passed() {
      return status.equals("passed");
    }
  }

  @Spec CommandSpec spec;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (failing cases and a summary line) or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--allow-outside",
      description = "Let a case's \"definition\": \"FILE\" name a file outside the case's directory"
          + " (by default such paths, absolute paths and symbolic links leading out are refused).")
  boolean allowOutside;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Case files or directories of them.")
  List<String> operands;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files;
    try {
      files = CaseFiles.expand(operands);
    } catch (UsageException e) {
      return usageError(err, e.getMessage());
    } catch (IOException e) {
      return usageError(err, "cannot list " + e.getMessage());
    }
    var stream = files.size() >= PARALLEL_THRESHOLD ? files.parallelStream() : files.stream();
    List<Verdict> verdicts = stream.map(f -> verdict(f, allowOutside)).toList();
    long passed = verdicts.stream().filter(Verdict::passed).count();
    long failed = verdicts.size() - passed;
    if (format == Format.JSON) {
      out.println(json(verdicts, passed, failed));
    } else {
      for (Verdict v : verdicts) {
        if (!v.passed()) {
          // Names and reasons come from the cases: escaped, so a name cannot forge a line.
          out.println("FAIL " + TerminalText.escape(v.file()) + " " + TerminalText.escape(v.name())
              + ": " + TerminalText.escape(oneLine(v.reason())));
        }
      }
      out.println(passed + " passed, " + failed + " failed");
    }
    out.flush();
    return failed == 0 ? OK : FAILED;
  }

  static Verdict verdict(Path file, boolean allowOutside) {
    TestCase c;
    try {
      c = CaseFiles.read(file, allowOutside);
    } catch (CaseFiles.BadCaseException e) {
      return new Verdict(e.caseName(), file.toString(), "error", e.getMessage());
    }
    TestOutcome o;
    try {
      o = TestCaseRunner.run(c);
    } catch (RuntimeException e) {
      return new Verdict(c.name(), file.toString(), "error", "could not run: " + e);
    }
    return o.passed()
        ? new Verdict(c.name(), file.toString(), "passed", null)
        : new Verdict(c.name(), file.toString(), "failed", o.message());
  }

  private static ObjectNode json(List<Verdict> verdicts, long passed, long failed) {
    ObjectNode root = JsonArgs.MAPPER.createObjectNode();
    ArrayNode cases = root.putArray("cases");
    for (Verdict v : verdicts) {
      ObjectNode c = cases.addObject();
      c.put("name", v.name());
      c.put("file", v.file());
      c.put("status", v.status());
      c.put("reason", v.reason());
    }
    root.put("passed", passed);
    root.put("failed", failed);
    return root;
  }

  /** A reason on one line: line breaks and the indentation after them become one space. */
  private static String oneLine(String reason) {
    return reason == null ? "" : reason.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private int usageError(PrintWriter err, String message) {
    err.println("asl test: " + TerminalText.escape(message));
    err.flush();
    return USAGE;
  }
}
