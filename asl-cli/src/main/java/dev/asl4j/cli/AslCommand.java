package dev.asl4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code asl} command. Subcommands register here, in {@code subcommands}: one class
 * per subcommand, each a {@code Callable<Integer>} returning the exit status (0 ok, 1 the
 * definition or execution failed, 2 usage error).
 */
@Command(
    name = "asl",
    mixinStandardHelpOptions = true,
    versionProvider = AslCommand.Version.class,
    description = "Validate and run Amazon States Language (AWS Step Functions) definitions.",
    subcommands = {
      // Register new subcommands (run, test, graph, deploy, serve) here.
      ValidateCommand.class,
      RunCommand.class,
      TestCommand.class,
      GraphCommand.class,
      MocksCommand.class,
      ExecutionsCommand.class,
      DeployCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
final class AslCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** Reads the version that the build wrote into {@code version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = AslCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"asl4j " + p.getProperty("version", "(unknown version)")};
    }
  }
}
