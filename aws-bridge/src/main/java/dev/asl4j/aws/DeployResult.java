package dev.asl4j.aws;

import java.util.List;

/**
 * What a deploy did (or, in a dry run, would do).
 *
 * @param stateMachineArn the state machine's ARN (null in a dry run that would create it)
 * @param versionArn the published version's ARN, or null
 * @param aliasArn the alias's ARN, or null
 * @param actions the write calls made (or that would be made), in order, e.g. {@code
 *     [CreateStateMachine, CreateStateMachineAlias]}; empty when nothing changed
 * @param diff the definition's diff against the deployed one (empty when the same)
 * @param warnings remarks that did not stop the deploy, e.g. unused substitutions
 * @param dryRun whether nothing was written
 */
public record DeployResult(
    String stateMachineArn,
    String versionArn,
    String aliasArn,
    List<String> actions,
    String diff,
    List<String> warnings,
    boolean dryRun) {
  public DeployResult {
    actions = List.copyOf(actions);
    warnings = List.copyOf(warnings);
  }
}
