package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code asl run} as a child process always ends: an endless EXPRESS loop at the engine's event
 * budget, a long real-time wait at SIGTERM.
 */
class RunProcessIT {
  private static final Path JAR = Path.of("target", "asl.jar");

  @TempDir Path dir;

  private Process start(String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-jar");
    cmd.add(JAR.toString());
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(dir.resolve("out.txt").toFile()).start();
  }

  @Test
  void anEndlessExpressLoopEndsByItself() throws Exception {
    Path def = Files.writeString(dir.resolve("loop.asl.json"), RunLimitsTest.LOOP);
    Process p = start("run", def.toString(), "--type", "EXPRESS");
    boolean ended = p.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly();
    }
    assertThat(ended).as("the process ended").isTrue();
    String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isEqualTo(1);
    assertThat(out).contains("\"status\":\"TIMED_OUT\"").contains("expressEventLimit");
  }

  @Test
  void sigtermEndsARealTimeRun() throws Exception {
    Path def = Files.writeString(dir.resolve("nap.asl.json"),
        "{\"StartAt\":\"Nap\",\"States\":{\"Nap\":{\"Type\":\"Wait\",\"Seconds\":3600,\"End\":true}}}");
    Process p = start("run", def.toString(), "--real-time", "--timeout", "3600");
    Thread.sleep(2_000); // let it reach the Wait
    p.destroy(); // SIGTERM
    boolean ended = p.waitFor(30, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly();
    }
    assertThat(ended).as("SIGTERM ended the process").isTrue();
  }
}
