package dev.asl4j.aws;

import dev.asl4j.parser.model.StateMachineType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.sfn.model.LoggingConfiguration;
import software.amazon.awssdk.services.sfn.model.TracingConfiguration;

/**
 * What {@link StateMachineDeployer#deploy} is asked to make true on AWS. Immutable; built with
 * {@link #builder}.
 *
 * <pre>{@code
 * DeployRequest r = DeployRequest.builder(text, "order.asl.json")
 *     .name("order").roleArn("arn:aws:iam::123456789012:role/sfn")
 *     .substitution("ChargeFn", chargeArn).publish("release 42").alias("live")
 *     .tag("team", "payments").build();
 * }</pre>
 */
public final class DeployRequest {
  final String definition;
  final String fileName;
  final String name;
  final String roleArn;
  final StateMachineType type;
  final Map<String, String> substitutions;
  final boolean publish;
  final String versionDescription;
  final String alias;
  final Map<String, Integer> otherVersionWeights;
  final Map<String, String> tags;
  final LoggingConfiguration logging;
  final TracingConfiguration tracing;
  final boolean validateOnAws;
  final boolean dryRun;

  private DeployRequest(Builder b) {
    this.definition = b.definition;
    this.fileName = b.fileName;
    this.name = require(b.name, "name");
    this.roleArn = require(b.roleArn, "roleArn");
    this.type = b.type;
    this.substitutions = Map.copyOf(b.substitutions);
    this.publish = b.publish;
    this.versionDescription = b.versionDescription;
    this.alias = b.alias;
    this.otherVersionWeights = Map.copyOf(b.otherVersionWeights);
    this.tags = Map.copyOf(b.tags);
    this.logging = b.logging;
    this.tracing = b.tracing;
    this.validateOnAws = b.validateOnAws;
    this.dryRun = b.dryRun;
    if (!name.matches("[A-Za-z0-9_-]{1,80}")) {
      throw new IllegalArgumentException("name must be 1-80 letters, digits, '-' or '_', not '" + name + "'");
    }
    if (alias != null && !publish) {
      throw new IllegalArgumentException("an alias points at a published version: alias '" + alias
          + "' needs publish");
    }
    if (!otherVersionWeights.isEmpty() && alias == null) {
      throw new IllegalArgumentException("routing weights apply to an alias; set alias too");
    }
    int sum = otherVersionWeights.values().stream().mapToInt(Integer::intValue).sum();
    if (otherVersionWeights.values().stream().anyMatch(w -> w < 0 || w > 100) || sum >= 100) {
      throw new IllegalArgumentException("the other versions' routing weights must be 0..100 and"
          + " leave the new version a share; they add up to " + sum);
    }
    if (otherVersionWeights.size() > 1) {
      throw new IllegalArgumentException("an alias routes to at most two versions: the new one and one other");
    }
  }

  private static String require(String v, String what) {
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    return v;
  }

  /** A request for the definition {@code text}; {@code fileName} names it in diagnostics. */
  public static Builder builder(String text, String fileName) {
    return new Builder(Objects.requireNonNull(text, "text"), Objects.requireNonNull(fileName, "fileName"));
  }

  /** Collects a {@link DeployRequest}. */
  public static final class Builder {
    private final String definition;
    private final String fileName;
    private String name;
    private String roleArn;
    private StateMachineType type = StateMachineType.STANDARD;
    private final Map<String, String> substitutions = new LinkedHashMap<>();
    private boolean publish;
    private String versionDescription;
    private String alias;
    private final Map<String, Integer> otherVersionWeights = new LinkedHashMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    private LoggingConfiguration logging;
    private TracingConfiguration tracing;
    private boolean validateOnAws;
    private boolean dryRun;

    private Builder(String definition, String fileName) {
      this.definition = definition;
      this.fileName = fileName;
    }

    /** The state machine's name (the deploy's identity: same name, same state machine). */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** The IAM role the state machine runs as. */
    public Builder roleArn(String roleArn) {
      this.roleArn = roleArn;
      return this;
    }

    /** STANDARD (default) or EXPRESS; AWS cannot change it after creation. */
    public Builder type(StateMachineType type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /** The value of placeholder {@code ${key}}. */
    public Builder substitution(String key, String value) {
      substitutions.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Publishes a version after the create/update, with {@code description} (may be null). */
    public Builder publish(String description) {
      this.publish = true;
      this.versionDescription = description;
      return this;
    }

    /** Points alias {@code name} at the published version (created or updated). */
    public Builder alias(String name) {
      this.alias = name;
      return this;
    }

    /**
     * Keeps {@code percent} of the alias's traffic on another version ({@code version}: a version
     * number or ARN); the new version gets the rest.
     */
    public Builder routeToOtherVersion(String version, int percent) {
      otherVersionWeights.put(Objects.requireNonNull(version, "version"), percent);
      return this;
    }

    /** A tag set on the state machine (existing tags with other keys are left alone). */
    public Builder tag(String key, String value) {
      tags.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** The logging configuration (null: leave AWS's default / the deployed one's). */
    public Builder logging(LoggingConfiguration logging) {
      this.logging = logging;
      return this;
    }

    /** The X-Ray tracing configuration (null: leave AWS's default / the deployed one's). */
    public Builder tracing(TracingConfiguration tracing) {
      this.tracing = tracing;
      return this;
    }

    /** Also asks AWS's ValidateStateMachineDefinition, after our own validation passed. */
    public Builder validateOnAws(boolean yes) {
      this.validateOnAws = yes;
      return this;
    }

    /** Reads what is deployed and reports what would change, writing nothing. */
    public Builder dryRun(boolean yes) {
      this.dryRun = yes;
      return this;
    }

    /** @throws IllegalArgumentException naming the bad or missing value */
    public DeployRequest build() {
      return new DeployRequest(this);
    }
  }
}
