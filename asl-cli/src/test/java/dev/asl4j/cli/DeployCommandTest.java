package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.aws.FakeStepFunctions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code asl deploy} against a recording Step Functions stand-in on 127.0.0.1. */
class DeployCommandTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/sfn";
  private static final String DEFINITION = "{\"StartAt\":\"Charge\",\"States\":{\"Charge\":{\"Type\":\"Task\","
      + "\"Resource\":\"${ChargeArn}\",\"End\":true}}}";

  private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:";

  @TempDir Path dir;
  private FakeStepFunctions aws;
  private Path file;

  @BeforeEach
  void start() throws Exception {
    aws = new FakeStepFunctions();
    file = dir.resolve("order.asl.json");
    Files.writeString(file, DEFINITION);
  }

  @AfterEach
  void stop() {
    aws.close();
  }

  private CliRunner.Run deploy(String... extra) {
    String[] base = {"deploy", file.toString(), "--name", "order", "--role-arn", ROLE,
        "--region", "us-east-1", "--endpoint-url", aws.uri().toString()};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return AwsCli.run(args);
  }

  private static JsonNode json(String s) throws Exception {
    return JsonArgs.MAPPER.readTree(s);
  }

  @Test
  void createsThenRedeploysWithoutAnUpdateAndPrintsTheArns() throws Exception {
    Path values = dir.resolve("values.json");
    Files.writeString(values, "{\"ChargeArn\":\"arn:aws:lambda:us-east-1:123456789012:function:charge\"}");
    CliRunner.Run created = deploy("--substitutions", values.toString(), "--publish",
        "--version-description", "first", "--alias", "live", "--tag", "team=payments");
    assertThat(created.exit()).as(created.err()).isZero();
    JsonNode out = json(created.out());
    assertThat(out.get("stateMachineArn").asText()).isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:order");
    assertThat(out.get("stateMachineVersionArn").asText()).endsWith(":order:1");
    assertThat(out.get("stateMachineAliasArn").asText()).endsWith(":order:live");
    assertThat(aws.writes()).containsExactly("CreateStateMachine", "CreateStateMachineAlias");
    assertThat(aws.tags(out.get("stateMachineArn").asText())).containsEntry("team", "payments");

    CliRunner.Run again = deploy("--substitutions", values.toString());
    assertThat(again.exit()).isZero();
    assertThat(json(again.out()).get("actions")).isEmpty();
    assertThat(aws.writes()).containsExactly("CreateStateMachine", "CreateStateMachineAlias");
  }

  @Test
  void dryRunPrintsTheDiffAndWritesNothing() throws Exception {
    assertThat(deploy("--substitute", "ChargeArn=" + FN + "a").exit()).isZero();
    CliRunner.Run dry = deploy("--substitute", "ChargeArn=" + FN + "b", "--dry-run");
    assertThat(dry.exit()).as(dry.err()).isZero();
    assertThat(dry.err()).contains("--- deployed").contains("-      \"Resource\" : \"" + FN + "a\",")
        .contains("+      \"Resource\" : \"" + FN + "b\",");
    assertThat(json(dry.out()).get("actions").get(0).asText()).isEqualTo("UpdateStateMachine");
    assertThat(json(dry.out()).get("dryRun").asBoolean()).isTrue();
    assertThat(aws.writes()).containsExactly("CreateStateMachine");
  }

  @Test
  void refusalsExitOneAndUsageErrorsTwo() throws Exception {
    CliRunner.Run missing = deploy();
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("no value for the placeholder ChargeArn (line 1)");

    Files.writeString(file, DEFINITION.replace("\"End\":true", "\"Next\":\"Nowhere\""));
    CliRunner.Run invalid = deploy("--substitute", "ChargeArn=" + FN + "a");
    assertThat(invalid.exit()).isEqualTo(1);
    assertThat(invalid.err()).contains("[MISSING_TRANSITION_TARGET]");
    assertThat(aws.operations()).isEmpty();

    assertThat(deploy("--alias", "live").exit()).isEqualTo(2);
    assertThat(deploy("--tag", "novalue").err()).contains("--tag novalue: expected KEY=VALUE");
    assertThat(deploy("--version-description", "x").err()).contains("--version-description needs --publish");
  }

  @Test
  void aTypeChangeIsRefused() throws Exception {
    assertThat(deploy("--substitute", "ChargeArn=" + FN + "a").exit()).isZero();
    CliRunner.Run express = deploy("--substitute", "ChargeArn=" + FN + "a", "--type", "EXPRESS");
    assertThat(express.exit()).isEqualTo(1);
    assertThat(express.err()).contains("cannot become EXPRESS");
  }
}
