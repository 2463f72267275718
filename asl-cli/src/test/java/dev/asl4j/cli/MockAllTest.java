package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code asl run --mock-all} and the checks on {@code --mocks} state names. */
class MockAllTest {
  /** Charge (plain Lambda), then a callback task, then a Catch-all that ends in a bare Fail. */
  private static final String FLOW =
      "{\"StartAt\":\"Charge\",\"States\":{"
          + "\"Charge\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:charge\","
          + "\"Parameters\":{\"amount.$\":\"$.amount\"},\"ResultPath\":\"$.charge\",\"Next\":\"Approve\","
          + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Broken\"}]},"
          + "\"Approve\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\","
          + "\"Parameters\":{\"QueueUrl\":\"q\",\"token.$\":\"$$.Task.Token\"},\"ResultPath\":\"$.approval\",\"End\":true},"
          + "\"Broken\":{\"Type\":\"Fail\"}}}";

  @TempDir Path dir;

  @BeforeEach
  void ready() {
    ValidatorReady.assume();
  }

  @Test
  void everyUnmockedTaskReturnsItsEffectiveInput() throws IOException {
    Path def = Files.writeString(dir.resolve("flow.asl.json"), FLOW);
    CliRunner.Run r = RunCli.run("run", def.toString(), "--input", "{\"amount\":7}", "--mock-all");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode out = JsonArgs.MAPPER.readTree(r.out()).path("output");
    assertThat(out.path("charge")).isEqualTo(JsonArgs.MAPPER.readTree("{\"amount\":7}"));
    // the callback task's token was completed with its own effective input
    assertThat(out.path("approval").path("QueueUrl").asText()).isEqualTo("q");
    assertThat(out.path("approval").path("token").asText()).isNotEmpty();
  }

  @Test
  void emptyModeReturnsAnEmptyObjectAndTheMocksFileStillWins() throws IOException {
    Path def = Files.writeString(dir.resolve("flow.asl.json"), FLOW);
    Path mocks = Files.writeString(dir.resolve("mocks.json"), "{\"Charge\":[{\"return\":{\"paid\":true}}]}");
    CliRunner.Run r = RunCli.run("run", def.toString(), "--input", "{\"amount\":7}",
        "--mocks", mocks.toString(), "--mock-all=empty");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode out = JsonArgs.MAPPER.readTree(r.out()).path("output");
    assertThat(out.path("charge")).isEqualTo(JsonArgs.MAPPER.readTree("{\"paid\":true}"));
    assertThat(out.path("approval")).isEqualTo(JsonArgs.MAPPER.readTree("{}"));
  }

  @Test
  void anUnknownModeIsAUsageError() throws IOException {
    Path def = Files.writeString(dir.resolve("flow.asl.json"), FLOW);
    CliRunner.Run r = RunCli.run("run", def.toString(), "--mock-all=zero");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--mock-all=zero: expected input or empty");
  }

  @Test
  void withoutMockAllAnUnmockedTaskFailsWithACauseNoCatchSwallows() throws IOException {
    Path def = Files.writeString(dir.resolve("flow.asl.json"), FLOW);
    Path mocks = Files.writeString(dir.resolve("mocks.json"), "{\"Approve\":[{\"return\":{}}]}");
    CliRunner.Run r = RunCli.run("run", def.toString(), "--input", "{\"amount\":7}", "--mocks", mocks.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode o = JsonArgs.MAPPER.readTree(r.out());
    assertThat(o.path("status").asText()).isEqualTo("FAILED");
    assertThat(o.path("error").asText()).isEqualTo("States.Runtime");
    assertThat(o.path("cause").asText()).contains("'Charge'")
        .contains("arn:aws:lambda:us-east-1:123456789012:function:charge");
  }

  @Test
  void aMisspeltStateInTheMocksFileIsAUsageErrorNamingTheFile() throws IOException {
    Path def = Files.writeString(dir.resolve("flow.asl.json"), FLOW);
    Path mocks = Files.writeString(dir.resolve("mocks.json"), "{\"Chrage\":[{\"return\":{}}],\"Approve\":[{\"return\":{}}]}");
    CliRunner.Run r = RunCli.run("run", def.toString(), "--mocks", mocks.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--mocks " + mocks)
        .contains("no Task state is named \"Chrage\"; did you mean \"Charge\"?");
  }

  @Test
  void aMisspeltStateInAMockConfigFileIsAUsageErrorToo() throws IOException {
    Path def = Files.writeString(dir.resolve("flow.asl.json"), FLOW);
    Path config = Files.writeString(dir.resolve("MockConfigFile.json"), "{\"StateMachines\":{\"flow\":{\"TestCases\":{\"Happy\":"
        + "{\"Charge\":\"Ok\",\"Aprove\":\"Ok\"}}}},\"MockedResponses\":{\"Ok\":{\"0\":{\"Return\":{}}}}}");
    CliRunner.Run r = RunCli.run("run", def.toString(), "--mocks", config.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("MockConfigFile.json").contains("did you mean \"Approve\"?");
  }

  @Test
  void aRunWithNothingMockedPointsAtTheMockOptions() throws IOException {
    Path def = Files.writeString(dir.resolve("flow.asl.json"), FLOW);
    CliRunner.Run r = RunCli.run("run", def.toString(), "--input", "{\"amount\":7}");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(JsonArgs.MAPPER.readTree(r.out()).path("error").asText()).isEqualTo("States.Runtime");
    assertThat(r.err()).contains("nothing answers its tasks: mock them with --mocks FILE (asl mocks init "
        + def + " writes a skeleton) or let every task return its input with --mock-all");
  }
}
