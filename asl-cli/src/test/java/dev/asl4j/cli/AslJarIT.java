package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded {@code target/asl.jar} as a user would: {@code java -jar asl.jar ...}. */
class AslJarIT {
  @TempDir Path dir;

  @Test
  void versionAndUsageErrorFromTheExecutableJar() throws Exception {
    JarProcess.Result version = java("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("asl4j ");

    JarProcess.Result missing = java("validate", dir.resolve("missing.asl.json").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.out()).contains("no such file or directory");
  }

  @Test
  void validatesTheReadmeSample() throws Exception {
    ValidatorReady.assume();
    JarProcess.Result r = java("validate", ValidateEndToEndTest.SAMPLE.toString());
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).contains("all valid");
  }

  private JarProcess.Result java(String... args) throws IOException, InterruptedException {
    return JarProcess.run(dir, env -> {}, args);
  }
}
