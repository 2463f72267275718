package dev.asl4j.cli;

import picocli.CommandLine;

/**
 * Entry point of the {@code asl} executable jar.
 *
 * <pre>
 * java -jar asl.jar validate [--format text|json|sarif] [--type STANDARD|EXPRESS] FILE|DIR...
 * </pre>
 *
 * Exit status: 0 when everything is fine, 1 when a definition (or execution) failed, 2 on a usage
 * error.
 */
public final class Main {
  private Main() {}

  /** Runs the command and exits the JVM with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command with the process's standard streams and returns the exit status. */
  public static int run(String... args) {
    return commandLine(CommandLine.defaultFactory()).execute(args);
  }

  /**
   * The configured command line; {@code factory} creates the subcommand objects (tests pass one
   * that injects fakes).
   */
  static CommandLine commandLine(CommandLine.IFactory factory) {
    return new CommandLine(new AslCommand(), factory)
        .setCaseInsensitiveEnumValuesAllowed(true)
        // "--input @in.json" must reach asl run as written, not be expanded as an argument file.
        .setExpandAtFiles(false)
        .setUsageHelpAutoWidth(true)
        .setExecutionExceptionHandler(Main::internalError);
  }

  /** A bug in asl4j, not in the user's input: say so, keep the trace for the report, exit 1. */
  private static int internalError(
      Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    cmd.getErr().println("asl: internal error (please report it): " + e);
    e.printStackTrace(cmd.getErr());
    cmd.getErr().flush();
    return 1;
  }
}
