package dev.asl4j.cli;

import dev.asl4j.interpreter.AslEngine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Runs {@code asl} in-process with captured streams, standard input and extra engine set-up. */
final class RunCli {
  private RunCli() {}

  static CliRunner.Run run(String... args) {
    return withEngine(b -> {}, "", args);
  }

  static CliRunner.Run withStdin(String stdin, String... args) {
    return withEngine(b -> {}, stdin, args);
  }

  static CliRunner.Run withEngine(Consumer<AslEngine.Builder> setup, String stdin, String... args) {
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            if (cls == RunCommand.class) {
              return cls.cast(new RunCommand(
                  new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), setup));
            }
            return CommandLine.defaultFactory().create(cls);
          }
        };
    return CliRunner.run(factory, args);
  }
}
