package dev.asl4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.parser.model.Branch;
import dev.asl4j.parser.model.MapState;
import dev.asl4j.parser.model.ParallelState;
import dev.asl4j.parser.model.State;
import dev.asl4j.parser.model.StateMachine;
import dev.asl4j.parser.model.StateMachineType;
import dev.asl4j.parser.model.TaskState;
import dev.asl4j.validator.DefinitionChecker;
import dev.asl4j.validator.ValidationResult;
import dev.asl4j.validator.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code asl mocks init}: writes a MockConfigFile skeleton with one test case that answers every
 * Task state of a definition (nested ones included) with an empty result, to edit from there.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Write a MockConfigFile.json skeleton for DEFINITION: one test case answering every Task state",
      "(Parallel branches and Map iterations included) with {} ({\"StatusCode\":200,\"Payload\":{}}",
      "for lambda:invoke). Edit the responses, then: asl run DEFINITION --mocks FILE."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the skeleton was written",
      "1:the definition is invalid (diagnostics on standard error)",
      "2:usage error: bad option, unreadable definition, FILE exists (without --force)"
    })
final class MocksInitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DEFINITION", description = "The definition file (JSON or YAML).")
  Path definition;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Option(names = "--force", description = "Overwrite FILE when it exists.")
  boolean force;

  @Option(names = "--case", paramLabel = "NAME", defaultValue = "HappyPath",
      description = "The test case's name (default: ${DEFAULT-VALUE}).")
  String testCase;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return init(spec.commandLine().getOut(), err);
    } catch (UsageException e) {
      err.println("asl mocks init: " + dev.asl4j.parser.TerminalText.escape(e.getMessage()));
      err.flush();
      return RunCommand.USAGE;
    }
  }

  private int init(PrintWriter out, PrintWriter err) throws UsageException, IOException {
    if (output != null && Files.exists(output) && !force) {
      throw new UsageException(output + " exists; use --force to overwrite it");
    }
    String text = GraphCommand.read(definition, "definition");
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    ValidationResult result = DefinitionChecker.standard().check(text, definition.toString(), StateMachineType.STANDARD);
    if (result.hasErrors() || result.parse().model().isEmpty()) {
      ReportFormat.TEXT.writer(Path.of("")).write(List.of(result), err);
      err.flush();
      return RunCommand.FAILED;
    }
    String json = skeleton(result.parse().model().get(), AslEngine.defaultName(definition.toString()), testCase);
    if (output == null) {
      out.println(json);
      out.flush();
    } else {
      try {
        Files.writeString(output, json + System.lineSeparator(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UsageException("cannot write " + output + ": " + e.getMessage());
      }
    }
    return RunCommand.OK;
  }

  /** The MockConfigFile text: {@code StateMachines.<machine>.TestCases.<case>} and {@code MockedResponses}. */
  static String skeleton(StateMachine model, String machine, String testCase) {
    Map<String, TaskState> tasks = new LinkedHashMap<>();
    collect(model.root(), tasks);
    ObjectNode root = JsonArgs.MAPPER.createObjectNode();
    ObjectNode cases = root.putObject("StateMachines").putObject(machine).putObject("TestCases");
    ObjectNode mapping = cases.putObject(testCase);
    ObjectNode responses = root.putObject("MockedResponses");
    for (TaskState t : tasks.values()) {
      String response = t.name() + "Ok";
      mapping.put(t.name(), response);
      ObjectNode first = responses.putObject(response).putObject("0");
      ObjectNode value = first.putObject("Return");
      if (t.resource().startsWith("arn:aws:states:::lambda:invoke")) {
        value.put("StatusCode", 200).putObject("Payload");
      }
    }
    try {
      return JsonArgs.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static void collect(Branch b, Map<String, TaskState> into) {
    for (State s : b.states().values()) {
      if (s instanceof TaskState t) {
        into.putIfAbsent(t.name(), t);
      } else if (s instanceof ParallelState p) {
        p.branches().forEach(x -> collect(x, into));
      } else if (s instanceof MapState m) {
        collect(m.processor().graph(), into);
      }
    }
  }
}
