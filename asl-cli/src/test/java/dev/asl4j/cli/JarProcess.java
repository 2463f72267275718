package dev.asl4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs the shaded {@code target/asl.jar} as a child process, as a user would. */
final class JarProcess {
  static final Path JAR = Path.of("target", "asl.jar");

  /** Exit status and the merged standard output and error. */
  record Result(int exit, String out) {}

  private JarProcess() {}

  /**
   * {@code java -jar asl.jar ARGS}; {@code env} may change the child's environment; output is
   * collected in {@code dir}.
   */
  static Result run(Path dir, Consumer<Map<String, String>> env, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-jar");
    cmd.add(JAR.toString());
    cmd.addAll(List.of(args));
    Path log = dir.resolve("out.txt");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    env.accept(pb.environment());
    Process p = pb.start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("java -jar timed out");
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
