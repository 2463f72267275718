package dev.asl4j.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asl4j.parser.model.StateMachineType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;

/** The deployer against a recording Step Functions stand-in: which calls it makes, and when. */
class StateMachineDeployerTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/sfn";
  private static final String DEFINITION =
      "{\n  \"StartAt\": \"Charge\",\n  \"States\": {\n    \"Charge\": {\"Type\": \"Task\","
          + " \"Resource\": \"${ChargeArn}\", \"End\": true}\n  }\n}\n";
  private static final String CHARGE = "arn:aws:lambda:us-east-1:123456789012:function:charge";

  private FakeStepFunctions aws;
  private SfnClient sfn;
  private StateMachineDeployer deployer;

  @BeforeEach
  void start() throws Exception {
    aws = new FakeStepFunctions();
    sfn = aws.client();
    deployer = new StateMachineDeployer(sfn);
  }

  @AfterEach
  void stop() {
    sfn.close();
    aws.close();
  }

  private static DeployRequest.Builder request(String text) {
    return DeployRequest.builder(text, "order.asl.json").name("order").roleArn(ROLE)
        .substitution("ChargeArn", CHARGE);
  }

  @Test
  void createsWithTheSubstitutedDefinitionAndTags() throws Exception {
    DeployResult r = deployer.deploy(request(DEFINITION).tag("team", "payments").build());
    assertThat(aws.writes()).containsExactly("CreateStateMachine");
    assertThat(r.actions()).containsExactly("CreateStateMachine");
    assertThat(r.stateMachineArn()).isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:order");
    var sent = aws.lastRequest("CreateStateMachine");
    assertThat(sent.get("definition").asText()).contains("\"Resource\": \"" + CHARGE + "\"")
        .doesNotContain("${");
    assertThat(sent.get("roleArn").asText()).isEqualTo(ROLE);
    assertThat(sent.get("type").asText()).isEqualTo("STANDARD");
    assertThat(aws.tags(r.stateMachineArn())).containsEntry("team", "payments");
  }

  @Test
  void redeployingTheSameDefinitionCallsNoUpdate() throws Exception {
    deployer.deploy(request(DEFINITION).build());
    // the same definition, formatted differently: still no change
    DeployResult again = deployer.deploy(request(DEFINITION.replace("\n", " ").replace("  ", "")).build());
    assertThat(again.actions()).isEmpty();
    assertThat(again.diff()).isEmpty();
    assertThat(aws.writes()).containsExactly("CreateStateMachine");
    assertThat(again.stateMachineArn()).endsWith(":stateMachine:order");
  }

  @Test
  void aChangedDefinitionOrRoleIsUpdated() throws Exception {
    deployer.deploy(request(DEFINITION).build());
    DeployResult changed = deployer.deploy(request(DEFINITION.replace("\"End\": true", "\"TimeoutSeconds\": 30, \"End\": true")).build());
    assertThat(changed.actions()).containsExactly("UpdateStateMachine");
    assertThat(changed.diff()).contains("+").contains("TimeoutSeconds");
    assertThat(aws.machine("order").get("definition").asText()).contains("TimeoutSeconds");

    DeployResult role = deployer.deploy(DeployRequest.builder(
        DEFINITION.replace("\"End\": true", "\"TimeoutSeconds\": 30, \"End\": true"), "order.asl.json")
        .name("order").roleArn(ROLE + "2").substitution("ChargeArn", CHARGE).build());
    assertThat(role.actions()).containsExactly("UpdateStateMachine");
    assertThat(role.diff()).isEmpty();
    assertThat(aws.writes()).containsExactly("CreateStateMachine", "UpdateStateMachine", "UpdateStateMachine");
    assertThat(aws.lastRequest("UpdateStateMachine").get("roleArn").asText()).isEqualTo(ROLE + "2");
  }

  @Test
  void aTypeChangeIsRefusedAndNothingIsWritten() throws Exception {
    deployer.deploy(request(DEFINITION).build());
    assertThatThrownBy(() -> deployer.deploy(request(DEFINITION).type(StateMachineType.EXPRESS).build()))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("is STANDARD on AWS and cannot become EXPRESS");
    assertThat(aws.writes()).containsExactly("CreateStateMachine");
  }

  @Test
  void publishesAVersionAndPointsAnAliasWithRoutingWeights() throws Exception {
    DeployResult first = deployer.deploy(request(DEFINITION).publish("v1").alias("live").build());
    assertThat(first.versionArn()).endsWith(":stateMachine:order:1");
    assertThat(first.aliasArn()).endsWith(":stateMachine:order:live");
    assertThat(aws.writes()).containsExactly("CreateStateMachine", "CreateStateMachineAlias");
    assertThat(aws.lastRequest("CreateStateMachine").get("versionDescription").asText()).isEqualTo("v1");

    String v2 = DEFINITION.replace("\"End\": true", "\"TimeoutSeconds\": 9, \"End\": true");
    DeployResult canary = deployer.deploy(request(v2).publish("v2").alias("live").routeToOtherVersion("1", 90).build());
    assertThat(canary.versionArn()).endsWith(":order:2");
    assertThat(canary.actions()).containsExactly("UpdateStateMachine", "UpdateStateMachineAlias");
    var routing = aws.alias(canary.aliasArn()).get("routingConfiguration");
    assertThat(routing).hasSize(2);
    assertThat(routing.get(0).get("stateMachineVersionArn").asText()).endsWith(":order:2");
    assertThat(routing.get(0).get("weight").asInt()).isEqualTo(10);
    assertThat(routing.get(1).get("stateMachineVersionArn").asText()).endsWith(":order:1");
    assertThat(routing.get(1).get("weight").asInt()).isEqualTo(90);

    // unchanged: publish answers with the same revision, and the alias already routes so
    DeployResult same = deployer.deploy(request(v2).publish("v2").alias("live").routeToOtherVersion("1", 90).build());
    assertThat(same.actions()).containsExactly("PublishStateMachineVersion", "UpdateStateMachineAlias");
  }

  @Test
  void tagsAreAddedOnRedeployOnlyWhenMissingOrDifferent() throws Exception {
    deployer.deploy(request(DEFINITION).tag("team", "payments").build());
    assertThat(deployer.deploy(request(DEFINITION).tag("team", "payments").build()).actions()).isEmpty();
    DeployResult r = deployer.deploy(request(DEFINITION).tag("team", "billing").tag("env", "prod").build());
    assertThat(r.actions()).containsExactly("TagResource");
    assertThat(aws.tags(r.stateMachineArn())).containsEntry("team", "billing").containsEntry("env", "prod");
  }

  @Test
  void aPlaceholderWithoutValueIsRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> deployer.deploy(DeployRequest.builder(DEFINITION, "order.asl.json")
            .name("order").roleArn(ROLE).substitution("Unused", "x").build()))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("order.asl.json: no value for the placeholder ChargeArn (line 4)");
    assertThat(aws.operations()).isEmpty();
  }

  @Test
  void unusedSubstitutionsAreWarnedAbout() throws Exception {
    DeployResult r = deployer.deploy(request(DEFINITION).substitution("Typo", "x").build());
    assertThat(r.warnings()).containsExactly("substitution 'Typo' is not used by order.asl.json");
  }

  @Test
  void anInvalidDefinitionIsRefusedWithOurDiagnostics() {
    String broken = DEFINITION.replace("\"End\": true", "\"Next\": \"Notfiy\"");
    assertThatThrownBy(() -> deployer.deploy(request(broken).build()))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("order.asl.json is not valid; nothing was deployed")
        .hasMessageContaining("[MISSING_TRANSITION_TARGET]")
        .hasMessageContaining("order.asl.json:4:");
    assertThat(aws.operations()).isEmpty();
  }

  @Test
  void awsValidationIsASecondOpinionThatCanRefuse() throws Exception {
    aws.validateAnswers("{\"result\":\"FAIL\",\"diagnostics\":[{\"severity\":\"ERROR\","
        + "\"code\":\"SCHEMA_VALIDATION_FAILED\",\"message\":\"nope\",\"location\":\"/States/Charge\"}]}");
    assertThatThrownBy(() -> deployer.deploy(request(DEFINITION).validateOnAws(true).build()))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("ERROR [SCHEMA_VALIDATION_FAILED] /States/Charge: nope");
    assertThat(aws.operations()).containsExactly("ValidateStateMachineDefinition");
  }

  @Test
  void aDryRunReadsDiffsAndWritesNothing() throws Exception {
    DeployResult create = deployer.deploy(request(DEFINITION).publish(null).alias("live").dryRun(true).build());
    assertThat(create.actions()).containsExactly("CreateStateMachine", "CreateStateMachineAlias");
    assertThat(create.diff()).contains("+  \"StartAt\" : \"Charge\"");
    assertThat(create.stateMachineArn()).isNull();
    assertThat(aws.writes()).isEmpty();

    deployer.deploy(request(DEFINITION).build());
    String changed = DEFINITION.replace("\"End\": true", "\"TimeoutSeconds\": 30, \"End\": true");
    DeployResult dry = deployer.deploy(request(changed).tag("env", "prod").dryRun(true).build());
    assertThat(dry.dryRun()).isTrue();
    assertThat(dry.actions()).containsExactly("UpdateStateMachine", "TagResource");
    assertThat(dry.diff()).contains("--- deployed").contains("+      \"TimeoutSeconds\" : 30,");
    assertThat(aws.writes()).containsExactly("CreateStateMachine");
    assertThat(aws.machine("order").get("definition").asText()).doesNotContain("TimeoutSeconds");
  }

  @Test
  void badRequestsAreRefusedWithTheirReason() {
    assertThatThrownBy(() -> DeployRequest.builder("{}", "x.json").name("bad name").roleArn(ROLE).build())
        .hasMessageContaining("name must be 1-80 letters");
    assertThatThrownBy(() -> DeployRequest.builder("{}", "x.json").name("n").roleArn(ROLE).alias("live").build())
        .hasMessageContaining("needs publish");
    assertThatThrownBy(() -> DeployRequest.builder("{}", "x.json").name("n").build())
        .hasMessageContaining("roleArn is required");
  }
}
