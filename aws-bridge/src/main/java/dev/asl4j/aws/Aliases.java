package dev.asl4j.aws;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineAliasResponse;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineAliasListItem;

/** Creates or updates the alias of a deploy so it routes to the new version (and one other). */
final class Aliases {
  private Aliases() {}

  record Outcome(String aliasArn, List<String> actions) {}

  static Outcome apply(SfnClient sfn, String machineArn, String versionArn, DeployRequest r, boolean dryRun) {
    String existing = machineArn == null ? null : find(sfn, machineArn, r.alias);
    String target = versionArn != null ? versionArn : "(the new version)";
    List<RoutingConfigurationListItem> routing = routing(machineArn, target, r.otherVersionWeights);
    if (existing == null) {
      if (dryRun) {
        return new Outcome(null, List.of("CreateStateMachineAlias"));
      }
      String arn = sfn.createStateMachineAlias(b -> b.name(r.alias).routingConfiguration(routing)).stateMachineAliasArn();
      return new Outcome(arn, List.of("CreateStateMachineAlias"));
    }
    DescribeStateMachineAliasResponse d = sfn.describeStateMachineAlias(b -> b.stateMachineAliasArn(existing));
    if (versionArn != null && same(d.routingConfiguration(), routing)) {
      return new Outcome(existing, List.of());
    }
    if (!dryRun) {
      sfn.updateStateMachineAlias(b -> b.stateMachineAliasArn(existing).routingConfiguration(routing));
    }
    return new Outcome(existing, List.of("UpdateStateMachineAlias"));
  }

  private static String find(SfnClient sfn, String machineArn, String alias) {
    String token = null;
    for (int page = 0; page < 100; page++) {
      String t = token;
      var r = sfn.listStateMachineAliases(b -> b.stateMachineArn(machineArn).nextToken(t));
      for (StateMachineAliasListItem i : r.stateMachineAliases()) {
        String arn = i.stateMachineAliasArn();
        if (arn != null && arn.endsWith(":" + alias)) {
          return arn;
        }
      }
      token = r.nextToken();
      if (token == null || token.isEmpty()) {
        return null;
      }
    }
    return null;
  }

  private static List<RoutingConfigurationListItem> routing(
      String machineArn, String target, Map<String, Integer> others) {
    List<RoutingConfigurationListItem> out = new ArrayList<>();
    int rest = 100;
    for (Map.Entry<String, Integer> e : others.entrySet()) {
      String v = e.getKey().startsWith("arn:") ? e.getKey() : machineArn + ":" + e.getKey();
      out.add(RoutingConfigurationListItem.builder().stateMachineVersionArn(v).weight(e.getValue()).build());
      rest -= e.getValue();
    }
    out.add(0, RoutingConfigurationListItem.builder().stateMachineVersionArn(target).weight(rest).build());
    return out;
  }

  private static boolean same(List<RoutingConfigurationListItem> a, List<RoutingConfigurationListItem> b) {
    Set<String> x = new HashSet<>();
    a.forEach(i -> x.add(i.stateMachineVersionArn() + "=" + i.weight()));
    Set<String> y = new HashSet<>();
    b.forEach(i -> y.add(i.stateMachineVersionArn() + "=" + i.weight()));
    return x.equals(y);
  }
}
