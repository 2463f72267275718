package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code asl mocks init}. */
class MocksInitCommandTest {
  private static final String NESTED =
      "{\"StartAt\":\"Reserve\",\"States\":{"
          + "\"Reserve\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
          + "\"Parameters\":{\"FunctionName\":\"reserve\",\"Payload.$\":\"$\"},\"ResultPath\":\"$.r\",\"Next\":\"Both\"},"
          + "\"Both\":{\"Type\":\"Parallel\",\"ResultPath\":null,\"Next\":\"Each\",\"Branches\":["
          + "{\"StartAt\":\"Notify\",\"States\":{\"Notify\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sns:publish\","
          + "\"Parameters\":{\"TopicArn\":\"t\",\"Message\":\"m\"},\"End\":true}}}]},"
          + "\"Each\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\",\"ResultPath\":null,\"End\":true,\"ItemProcessor\":{"
          + "\"StartAt\":\"Price\",\"States\":{\"Price\":{\"Type\":\"Task\","
          + "\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:price\",\"End\":true}}}}}}";

  @TempDir Path dir;

  @BeforeEach
  void ready() {
    ValidatorReady.assume();
  }

  @Test
  void theSkeletonMocksEveryTaskStateAndRunsAsIs() throws IOException {
    Path def = Files.writeString(dir.resolve("order-flow.asl.json"), NESTED);
    CliRunner.Run init = RunCli.run("mocks", "init", def.toString());
    assertThat(init.exit()).as(init.err()).isZero();
    JsonNode config = JsonArgs.MAPPER.readTree(init.out());
    JsonNode testCase = config.path("StateMachines").path("order-flow").path("TestCases").path("HappyPath");
    assertThat(testCase.fieldNames()).toIterable().containsExactly("Reserve", "Notify", "Price");
    assertThat(config.at("/MockedResponses/ReserveOk/0/Return"))
        .isEqualTo(JsonArgs.MAPPER.readTree("{\"StatusCode\":200,\"Payload\":{}}"));
    assertThat(config.at("/MockedResponses/PriceOk/0/Return")).isEqualTo(JsonArgs.MAPPER.readTree("{}"));

    Path file = Files.writeString(dir.resolve("MockConfigFile.json"), init.out());
    CliRunner.Run run = RunCli.run("run", def.toString(), "--input", "{\"items\":[1,2]}",
        "--mocks", file.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(JsonArgs.MAPPER.readTree(run.out()).at("/output/r/StatusCode").asInt()).isEqualTo(200);
  }

  @Test
  void writesAFileOnlyWhenAskedAndNeverOverwritesWithoutForce() throws IOException {
    Path def = Files.writeString(dir.resolve("flow.asl.json"), NESTED);
    Path out = dir.resolve("mocks.json");
    CliRunner.Run first = RunCli.run("mocks", "init", def.toString(), "-o", out.toString(), "--case", "Smoke");
    assertThat(first.exit()).isZero();
    assertThat(first.out()).isEmpty();
    assertThat(JsonArgs.MAPPER.readTree(out.toFile()).at("/StateMachines/flow/TestCases/Smoke").size()).isEqualTo(3);

    CliRunner.Run again = RunCli.run("mocks", "init", def.toString(), "-o", out.toString());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains(out + " exists; use --force");
    assertThat(RunCli.run("mocks", "init", def.toString(), "-o", out.toString(), "--force").exit()).isZero();
  }

  @Test
  void anInvalidDefinitionGivesItsDiagnostics() throws IOException {
    Path def = Files.writeString(dir.resolve("bad.asl.json"),
        "{\"StartAt\":\"Nope\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
    CliRunner.Run r = RunCli.run("mocks", "init", def.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Nope");
  }

  @Test
  void mocksWithoutASubcommandIsAUsageError() {
    CliRunner.Run r = RunCli.run("mocks");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required subcommand");
  }
}
