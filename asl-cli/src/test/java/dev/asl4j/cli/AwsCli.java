package dev.asl4j.cli;

import dev.asl4j.aws.AwsCredentials;
import java.io.ByteArrayInputStream;
import picocli.CommandLine;

/** Runs {@code asl deploy} / {@code asl run --aws} in-process with fixed fake AWS credentials. */
final class AwsCli {
  static final AwsCredentials FAKE_KEYS = AwsCredentials.of("AKIDTEST", "secret-test");

  private AwsCli() {}

  static CliRunner.Run run(String... args) {
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            if (cls == DeployCommand.class) {
              return cls.cast(new DeployCommand(FAKE_KEYS));
            }
            if (cls == RunCommand.class) {
              return cls.cast(new RunCommand(new ByteArrayInputStream(new byte[0]), b -> {}, FAKE_KEYS));
            }
            return CommandLine.defaultFactory().create(cls);
          }
        };
    return CliRunner.run(factory, args);
  }
}
