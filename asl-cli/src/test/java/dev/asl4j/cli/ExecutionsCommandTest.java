package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code asl run --store} and {@code asl executions list|describe|history} on an SQLite file. */
class ExecutionsCommandTest {
  private static final String WAIT = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\","
      + "\"Seconds\":259200,\"Next\":\"P\"},\"P\":{\"Type\":\"Pass\",\"Result\":{\"ok\":true},"
      + "\"End\":true}}}";

  @TempDir Path dir;

  @BeforeEach
  void ready() {
    ValidatorReady.assume();
  }

  @Test
  void aRunKeptInAStoreCanBeListedDescribedAndReadBack() throws IOException {
    Path def = Files.writeString(dir.resolve("wait.asl.json"), WAIT);
    String db = dir.resolve("runs.db").toString();
    CliRunner.Run r = RunCli.run("run", def.toString(), "--store", db, "--input", "{\"n\":1}");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(JsonArgs.MAPPER.readTree(r.out()).path("status").asText()).isEqualTo("SUCCEEDED");

    CliRunner.Run list = RunCli.run("executions", "list", "--store", db);
    assertThat(list.exit()).as(list.err()).isZero();
    JsonNode ex = JsonArgs.MAPPER.readTree(list.out()).path("executions");
    assertThat(ex).hasSize(1);
    assertThat(ex.get(0).path("status").asText()).isEqualTo("SUCCEEDED");
    String arn = ex.get(0).path("executionArn").asText();
    assertThat(arn).contains(":execution:wait:");

    CliRunner.Run d = RunCli.run("executions", "describe", "--store", db, arn);
    assertThat(d.exit()).as(d.err()).isZero();
    JsonNode o = JsonArgs.MAPPER.readTree(d.out());
    assertThat(o.path("input").asText()).isEqualTo("{\"n\":1}");
    assertThat(o.path("output").asText()).isEqualTo("{\"ok\":true}");

    CliRunner.Run h = RunCli.run("executions", "history", "--store", db, arn, "--after", "1");
    assertThat(h.exit()).as(h.err()).isZero();
    String[] lines = h.out().trim().split("\n");
    assertThat(JsonArgs.MAPPER.readTree(lines[0]).path("type").asText())
        .isEqualTo("WaitStateEntered");
    assertThat(JsonArgs.MAPPER.readTree(lines[lines.length - 1]).path("type").asText())
        .isEqualTo("ExecutionSucceeded");

    CliRunner.Run filtered = RunCli.run("executions", "list", "--store", db, "--status", "FAILED");
    assertThat(JsonArgs.MAPPER.readTree(filtered.out()).path("executions")).isEmpty();
  }

  @Test
  void aFileThatIsNoStoreIsAUsageErrorAndLeftAlone() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.db"), "not a database at all");
    CliRunner.Run r = RunCli.run("executions", "list", "--store", notes.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("is not an SQLite database");
    assertThat(Files.readString(notes)).isEqualTo("not a database at all");
    Path def = Files.writeString(dir.resolve("wait.asl.json"), WAIT);
    CliRunner.Run run = RunCli.run("run", def.toString(), "--store", notes.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--store").contains("is not an SQLite database");
  }

  @Test
  void anUnknownExecutionExitsOne() {
    String db = dir.resolve("empty.db").toString();
    CliRunner.Run r = RunCli.run("executions", "describe", "--store", db, "arn:aws:states:x");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("no execution arn:aws:states:x");
  }
}
