package dev.asl4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.aws.AwsCredentials;
import dev.asl4j.aws.DeployRequest;
import dev.asl4j.aws.DeployResult;
import dev.asl4j.aws.DeploymentException;
import dev.asl4j.aws.StateMachineDeployer;
import dev.asl4j.parser.model.StateMachineType;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code asl deploy}: validates a definition, then creates or updates it on AWS Step Functions. */
@Command(
    name = "deploy",
    mixinStandardHelpOptions = true,
    description = {
      "Validate a definition locally, then create or update the state machine on AWS Step Functions",
      "(only when something changed), optionally publish a version, point an alias at it and tag it.",
      "Prints {\"stateMachineArn\":…,\"stateMachineVersionArn\":…,\"stateMachineAliasArn\":…,\"actions\":[…]}.",
      "Credentials come from the AWS SDK's default chain (environment, profile, SSO, role)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:deployed (or, with --dry-run, checked)",
      "1:refused: invalid definition, missing substitution, type change, or AWS refused a call",
      "2:usage error"
    })
final class DeployCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DEFINITION", description = "The definition file (JSON or YAML).")
  Path definition;

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "The state machine's name.")
  String name;

  @Option(names = "--role-arn", required = true, paramLabel = "ARN", description = "The IAM role it runs as.")
  String roleArn;

  @Option(names = {"-t", "--type"}, paramLabel = "TYPE", defaultValue = "STANDARD",
      description = "STANDARD or EXPRESS (default: ${DEFAULT-VALUE}).")
  StateMachineType type;

  @Option(names = "--substitute", paramLabel = "KEY=VALUE", description = "The value of placeholder ${KEY}.")
  List<String> substitute = new ArrayList<>();

  @Option(names = "--substitutions", paramLabel = "FILE.json",
      description = "A JSON object of placeholder values (--substitute wins).")
  Path substitutions;

  @Option(names = "--publish", description = "Publish a version after the create/update.")
  boolean publish;

  @Option(names = "--version-description", paramLabel = "TEXT", description = "The published version's description.")
  String versionDescription;

  @Option(names = "--alias", paramLabel = "NAME", description = "Point this alias at the published version.")
  String alias;

  @Option(names = "--alias-route", paramLabel = "VERSION=PERCENT",
      description = "Keep PERCENT of the alias's traffic on another VERSION (number or ARN).")
  List<String> aliasRoute = new ArrayList<>();

  @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "A tag on the state machine.")
  List<String> tag = new ArrayList<>();

  @Option(names = "--region", paramLabel = "REGION", description = "The AWS region (default: AWS_REGION / the profile's).")
  String region;

  @Option(names = {"--endpoint-url", "--endpoint"}, paramLabel = "URL",
      description = "A Step Functions-compatible endpoint instead of AWS's (e.g. asl serve).")
  URI endpoint;

  @Option(names = "--validate-on-aws", description = "Also ask AWS's ValidateStateMachineDefinition.")
  boolean validateOnAws;

  @Option(names = "--dry-run", description = "Print what would change (a diff of the definition) and write nothing.")
  boolean dryRun;

  private final AwsCredentials credentials;

  /** Used by picocli: the SDK's default credential chain. */
  DeployCommand() {
    this(null);
  }

  /** With fixed credentials (tests). */
  DeployCommand(AwsCredentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      DeployRequest request = request();
      try (StateMachineDeployer deployer = StateMachineDeployer.connect(region, endpoint, credentials)) {
        DeployResult r = deployer.deploy(request);
        r.warnings().forEach(w -> err.println("asl deploy: warning: " + w));
        if (!r.diff().isEmpty()) {
          err.print(r.diff());
        }
        out.println(report(r));
        return RunCommand.OK;
      }
    } catch (UsageException | IllegalArgumentException e) {
      err.println("asl deploy: " + e.getMessage());
      return RunCommand.USAGE;
    } catch (DeploymentException e) {
      err.println("asl deploy: " + e.getMessage());
      return RunCommand.FAILED;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private DeployRequest request() throws UsageException {
    if (versionDescription != null && !publish) {
      throw new UsageException("--version-description needs --publish");
    }
    String text;
    try {
      text = Files.readString(definition, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read " + definition + " (" + JsonArgs.describe(e) + ")");
    }
    Map<String, String> values = new LinkedHashMap<>();
    if (substitutions != null) {
      values.putAll(KeyValues.file(substitutions, "--substitutions"));
    }
    values.putAll(KeyValues.parse(substitute, "--substitute"));
    DeployRequest.Builder b = DeployRequest.builder(text.startsWith("\uFEFF") ? text.substring(1) : text,
            definition.toString())
        .name(name).roleArn(roleArn).type(type).validateOnAws(validateOnAws).dryRun(dryRun).alias(alias);
    values.forEach(b::substitution);
    KeyValues.parse(tag, "--tag").forEach(b::tag);
    for (Map.Entry<String, String> e : KeyValues.parse(aliasRoute, "--alias-route").entrySet()) {
      try {
        b.routeToOtherVersion(e.getKey(), Integer.parseInt(e.getValue()));
      } catch (NumberFormatException bad) {
        throw new UsageException("--alias-route " + e.getKey() + "=" + e.getValue() + ": PERCENT must be a whole number");
      }
    }
    if (publish) {
      b.publish(versionDescription);
    }
    return b.build();
  }

  private static ObjectNode report(DeployResult r) {
    ObjectNode o = JsonArgs.MAPPER.createObjectNode();
    o.put("stateMachineArn", r.stateMachineArn());
    o.put("stateMachineVersionArn", r.versionArn());
    o.put("stateMachineAliasArn", r.aliasArn());
    r.actions().forEach(o.withArray("actions")::add);
    if (r.actions().isEmpty()) {
      o.putArray("actions");
    }
    o.put("dryRun", r.dryRun());
    return o;
  }
}
