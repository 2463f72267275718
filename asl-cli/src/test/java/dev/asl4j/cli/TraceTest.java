package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code asl run --trace}. */
class TraceTest {
  private static final String RETRY_THEN_FAIL =
      "{\"StartAt\":\"Wait5\",\"States\":{"
          + "\"Wait5\":{\"Type\":\"Wait\",\"Seconds\":5,\"Next\":\"Charge\"},"
          + "\"Charge\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:charge\","
          + "\"Retry\":[{\"ErrorEquals\":[\"Busy\"],\"IntervalSeconds\":60,\"MaxAttempts\":1}],"
          + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Rejected\"}],\"End\":true},"
          + "\"Rejected\":{\"Type\":\"Fail\",\"Error\":\"Order.Rejected\",\"Cause\":\"card\"}}}";

  @TempDir Path dir;

  @BeforeEach
  void ready() {
    ValidatorReady.assume();
  }

  @Test
  void oneLinePerStateErrorRetryAndCatchOnStandardError() throws IOException {
    Path def = Files.writeString(dir.resolve("charge.asl.json"), RETRY_THEN_FAIL);
    Path mocks = Files.writeString(dir.resolve("mocks.json"),
        "{\"Charge\":[{\"throw\":{\"error\":\"Busy\",\"cause\":\"try later\"}}]}");
    CliRunner.Run r = RunCli.run("run", def.toString(), "--mocks", mocks.toString(), "--trace",
        "--start-time", "2024-01-01T00:00:00Z");
    assertThat(r.exit()).isEqualTo(1);
    // standard output is still exactly the one JSON object
    assertThat(JsonArgs.MAPPER.readTree(r.out()).path("error").asText()).isEqualTo("Order.Rejected");
    List<String> lines = r.err().lines().map(l -> l.strip().replaceAll("\\s+", " ")).toList();
    assertThat(lines).containsSubsequence(
        "+0.000s enter Wait5 (Wait)",
        "+5.000s exit Wait5 after 5.000s",
        "+5.000s enter Charge (Task)",
        "+5.000s error Charge Busy: try later",
        "retry Charge Retry[0] on Busy",
        "+65.000s error Charge Busy: try later",
        "catch Charge Catch[0] caught Busy",
        "+65.000s exit Charge after 60.000s",
        "+65.000s enter Rejected (Fail)",
        "+65.000s FAILED Rejected Order.Rejected: card");
  }

  @Test
  void withoutTraceStandardErrorHasOnlyTheClosingNote() throws IOException {
    Path def = Files.writeString(dir.resolve("w.asl.json"),
        "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":1,\"End\":true}}}");
    CliRunner.Run r = RunCli.run("run", def.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
  }
}
