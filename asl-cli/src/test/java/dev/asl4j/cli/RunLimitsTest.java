package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code asl run} ends, with a report, whatever the execution does: the engine's limits hold. */
class RunLimitsTest {
  static final String LOOP = "{\"StartAt\":\"A\",\"States\":{"
      + "\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"},"
      + "\"B\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.stop\",\"IsPresent\":true,"
      + "\"Next\":\"E\"}],\"Default\":\"A\"},\"E\":{\"Type\":\"Succeed\"}}}";
  private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:charge";

  @TempDir Path dir;
  private final CountDownLatch never = new CountDownLatch(1);

  @BeforeEach
  void ready() {
    ValidatorReady.assume();
  }

  @AfterEach
  void release() {
    never.countDown();
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void anEndlessExpressLoopEndsTimedOut() throws IOException {
    Path def = file("loop.asl.json", LOOP);
    CliRunner.Run r = RunCli.withEngine(b -> b.expressEventLimit(50_000), "",
        "run", def.toString(), "--type", "EXPRESS");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode o = JsonArgs.MAPPER.readTree(r.out());
    assertThat(o.path("status").asText()).isEqualTo("TIMED_OUT");
    assertThat(o.path("cause").asText()).contains("expressEventLimit");
  }

  @Test
  void anEndlessStandardLoopFailsAtTheHistoryLimit() throws IOException {
    Path def = file("loop.asl.json", LOOP);
    CliRunner.Run r = RunCli.run("run", def.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode o = JsonArgs.MAPPER.readTree(r.out());
    assertThat(o.path("status").asText()).isEqualTo("FAILED");
    assertThat(o.path("cause").asText()).contains("maximum number of history events (25000)");
  }

  @Test
  void aHandlerThatNeverReturnsStillEndsTheCommandAtItsTimeout() throws IOException {
    Path def = file("charge.asl.json", "{\"StartAt\":\"Charge\",\"States\":{\"Charge\":{"
        + "\"Type\":\"Task\",\"Resource\":\"" + FN + "\",\"End\":true}}}");
    CliRunner.Run r = RunCli.withEngine(b -> b.taskHandler(FN, req -> {
      try {
        never.await(); // blocks the thread that runs it, in virtual time the driving thread
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return req.input();
    }), "", "run", def.toString(), "--timeout", "1");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(JsonArgs.MAPPER.readTree(r.out()).path("status").asText()).isEqualTo("RUNNING");
    assertThat(r.err()).contains("still RUNNING").contains("--timeout 1");
  }
}
