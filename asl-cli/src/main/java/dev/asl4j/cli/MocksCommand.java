package dev.asl4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code asl mocks}: tools for mock files; today {@code asl mocks init}. */
@Command(
    name = "mocks",
    mixinStandardHelpOptions = true,
    description = "Work with mock files for asl run --mocks (AWS Step Functions Local's MockConfigFile format).",
    subcommands = {MocksInitCommand.class})
final class MocksCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand (init)");
  }
}
