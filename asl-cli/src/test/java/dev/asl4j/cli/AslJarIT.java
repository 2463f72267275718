package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded {@code target/asl.jar} as a user would: {@code java -jar asl.jar ...}. */
class AslJarIT {
  private static final Path JAR = Path.of("target", "asl.jar");

  @TempDir Path dir;

  @Test
  void versionAndUsageErrorFromTheExecutableJar() throws Exception {
    Result version = java("--version");
    assertThat(version.exit).isZero();
    assertThat(version.out).startsWith("asl4j ");

    Result missing = java("validate", dir.resolve("missing.asl.json").toString());
    assertThat(missing.exit).isEqualTo(2);
    assertThat(missing.out).contains("no such file or directory");
  }

  @Test
  void validatesTheReadmeSample() throws Exception {
    ValidatorReady.assume();
    Result r = java("validate", ValidateEndToEndTest.SAMPLE.toString());
    assertThat(r.exit).as(r.out).isZero();
    assertThat(r.out).contains("all valid");
  }

  private record Result(int exit, String out) {}

  private Result java(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-jar");
    cmd.add(JAR.toString());
    cmd.addAll(List.of(args));
    Path log = dir.resolve("out.txt");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("java -jar timed out");
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
