package dev.asl4j.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.validator.AslValidator;
import dev.asl4j.validator.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.Tag;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionDiagnostic;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResponse;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResultCode;

/**
 * Pushes a definition to AWS Step Functions, idempotently: validates it locally first (and
 * refuses with our diagnostics), applies {@code ${…}} substitutions, creates the state machine or
 * updates it only when its definition, role, logging or tracing differ (no change, no update
 * call), refuses a type change (AWS cannot make one), optionally publishes a version and points an
 * alias at it, and sets tags. A dry run reads what is deployed and reports the diff and the calls
 * it would make, writing nothing.
 *
 * <pre>{@code
 * StateMachineDeployer deployer = new StateMachineDeployer(SfnClient.create());
 * DeployResult r = deployer.deploy(DeployRequest.builder(text, "order.asl.json")
 *     .name("order").roleArn(role).publish("build 42").alias("live").build());
 * }</pre>
 */
public final class StateMachineDeployer implements AutoCloseable {
  private final SfnClient sfn;
  private final AslValidator validator;
  private final boolean ownsClient;

  /** Deploys through {@code sfn} (its region, credentials and endpoint as configured). */
  public StateMachineDeployer(SfnClient sfn) {
    this(sfn, AslValidator.create(), false);
  }

  private StateMachineDeployer(SfnClient sfn, AslValidator validator, boolean ownsClient) {
    this.sfn = Objects.requireNonNull(sfn, "sfn");
    this.validator = Objects.requireNonNull(validator, "validator");
    this.ownsClient = ownsClient;
  }

  /**
   * A deployer with its own Step Functions client (closed by {@link #close}).
   *
   * @param region e.g. {@code eu-west-1}; null for the SDK's region chain ({@code AWS_REGION}, the
   *     profile)
   * @param endpoint a Step Functions-compatible endpoint instead of AWS's; null for AWS
   * @param credentials null for the SDK's default credential chain
   * @throws IllegalArgumentException when no region is given and none is configured
   */
  public static StateMachineDeployer connect(String region, java.net.URI endpoint, AwsCredentials credentials) {
    java.util.Map<String, java.net.URI> endpoints =
        endpoint == null ? java.util.Map.of() : java.util.Map.of("states", endpoint);
    AwsClients clients = new AwsClients(region == null ? null : software.amazon.awssdk.regions.Region.of(region),
        credentials == null ? null : credentials.provider(), endpoints);
    try {
      return new StateMachineDeployer(clients.sfn(), AslValidator.create(), true);
    } catch (software.amazon.awssdk.core.exception.SdkClientException e) {
      clients.close();
      throw new IllegalArgumentException(AwsCredentials.explain(e), e);
    }
  }

  /** Closes the client when this deployer built it ({@link #connect}). */
  @Override
  public void close() {
    if (ownsClient) {
      sfn.close();
    }
  }

  /**
   * Makes AWS match {@code request} (or, for a dry run, says what that would take).
   *
   * @throws DeploymentException when the definition or the change is refused (nothing was
   *     written), or when AWS refused a call (the message says which; the calls before it stand)
   */
  public DeployResult deploy(DeployRequest request) throws DeploymentException {
    try {
      return apply(request);
    } catch (software.amazon.awssdk.core.exception.SdkException e) {
      String msg = "AWS refused the deploy of '" + request.name + "': " + e.getMessage();
      throw new DeploymentException(msg, List.of(msg));
    }
  }

  private DeployResult apply(DeployRequest request) throws DeploymentException {
    List<String> warnings = new ArrayList<>();
    Prepared local = prepare(request, warnings);
    List<String> actions = new ArrayList<>();
    final String found = StateMachineLookup.find(sfn, request.name);
    String arn = found;
    String versionArn = null;
    String diff;
    if (found == null) {
      diff = DefinitionDiff.diff(null, local.pretty());
      actions.add("CreateStateMachine");
      if (!request.dryRun) {
        CreateStateMachineResponse created = sfn.createStateMachine(create(request, local));
        arn = created.stateMachineArn();
        versionArn = created.stateMachineVersionArn();
      }
    } else {
      DescribeStateMachineResponse deployed = sfn.describeStateMachine(d -> d.stateMachineArn(found));
      refuseTypeChange(request, deployed);
      diff = DefinitionDiff.diff(StateMachineLookup.pretty(deployed.definition()), local.pretty());
      boolean changed = !diff.isEmpty() || !request.roleArn.equals(deployed.roleArn())
          || (request.logging != null && !request.logging.equals(deployed.loggingConfiguration()))
          || (request.tracing != null && !request.tracing.equals(deployed.tracingConfiguration()));
      if (changed) {
        actions.add("UpdateStateMachine");
        if (!request.dryRun) {
          versionArn = sfn.updateStateMachine(update(request, local, found)).stateMachineVersionArn();
        }
      } else if (request.publish) {
        // Unchanged: AWS answers with the latest version when its revision is the same one.
        actions.add("PublishStateMachineVersion");
        if (!request.dryRun) {
          versionArn = sfn.publishStateMachineVersion(p -> p.stateMachineArn(found)
              .revisionId(deployed.revisionId()).description(request.versionDescription))
              .stateMachineVersionArn();
        }
      }
      actions.addAll(Tags.apply(sfn, found, request.tags, request.dryRun));
    }
    String aliasArn = null;
    if (request.alias != null) {
      Aliases.Outcome a = Aliases.apply(sfn, arn, versionArn, request, request.dryRun);
      aliasArn = a.aliasArn();
      actions.addAll(a.actions());
    }
    return new DeployResult(arn, versionArn, aliasArn, actions, diff, warnings, request.dryRun);
  }

  /** The substituted, validated definition: the text to send and its tree. */
  private record Prepared(String text, JsonNode tree) {
    String pretty() {
      return StateMachineLookup.pretty(tree);
    }
  }

  private Prepared prepare(DeployRequest request, List<String> warnings) throws DeploymentException {
    DefinitionSubstitutions.Result s = DefinitionSubstitutions.apply(request.definition, request.substitutions);
    if (!s.missing().isEmpty()) {
      throw new DeploymentException(request.fileName + ": no value for the placeholder"
          + (s.missing().size() == 1 ? " " : "s ") + String.join(", ", s.missing())
          + " (give each with a substitution)", s.missing().stream()
              .map(m -> "missing substitution: " + m).collect(Collectors.toList()));
    }
    s.unused().forEach(k -> warnings.add("substitution '" + k + "' is not used by " + request.fileName));
    ValidationResult v = validator.validate(s.text(), request.fileName, request.type);
    if (v.hasErrors()) {
      throw new DeploymentException(request.fileName + " is not valid; nothing was deployed:"
          + System.lineSeparator() + v.render(),
          v.errors().stream().map(d -> d.render(request.fileName, s.text())).collect(Collectors.toList()));
    }
    JsonNode tree = v.parse().tree();
    String trimmed = s.text().stripLeading();
    String text = trimmed.startsWith("{") ? s.text() : tree.toString(); // YAML goes as JSON
    if (request.validateOnAws) {
      validateOnAws(request, text);
    }
    return new Prepared(text, tree);
  }

  private void validateOnAws(DeployRequest request, String text) throws DeploymentException {
    ValidateStateMachineDefinitionResponse r = sfn.validateStateMachineDefinition(
        b -> b.definition(text).type(request.type.name()));
    if (r.result() == ValidateStateMachineDefinitionResultCode.FAIL) {
      List<String> problems = new ArrayList<>();
      for (ValidateStateMachineDefinitionDiagnostic d : r.diagnostics()) {
        problems.add(d.severityAsString() + " [" + d.code() + "] "
            + (d.location() == null ? "" : d.location() + ": ") + d.message());
      }
      throw new DeploymentException(request.fileName + ": AWS ValidateStateMachineDefinition rejects it:"
          + System.lineSeparator() + String.join(System.lineSeparator(), problems), problems);
    }
  }

  private static void refuseTypeChange(DeployRequest request, DescribeStateMachineResponse deployed)
      throws DeploymentException {
    String was = deployed.typeAsString();
    if (was != null && !was.equals(request.type.name())) {
      String msg = "state machine '" + request.name + "' is " + was + " on AWS and cannot become "
          + request.type.name() + " (AWS cannot change a state machine's type): deploy it under"
          + " another name, or delete the old one first";
      throw new DeploymentException(msg, List.of(msg));
    }
  }

  private static CreateStateMachineRequest create(DeployRequest r, Prepared local) {
    List<Tag> tags = r.tags.entrySet().stream()
        .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
        .collect(Collectors.toList());
    return CreateStateMachineRequest.builder()
        .name(r.name).definition(local.text()).roleArn(r.roleArn).type(r.type.name())
        .loggingConfiguration(r.logging).tracingConfiguration(r.tracing)
        .tags(tags.isEmpty() ? null : tags)
        .publish(r.publish ? Boolean.TRUE : null)
        .versionDescription(r.publish ? r.versionDescription : null)
        .build();
  }

  private static UpdateStateMachineRequest update(DeployRequest r, Prepared local, String arn) {
    return UpdateStateMachineRequest.builder()
        .stateMachineArn(arn).definition(local.text()).roleArn(r.roleArn)
        .loggingConfiguration(r.logging).tracingConfiguration(r.tracing)
        .publish(r.publish ? Boolean.TRUE : null)
        .versionDescription(r.publish ? r.versionDescription : null)
        .build();
  }
}
