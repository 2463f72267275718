package dev.asl4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.server.spi.ServerStore.Kind;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Create/Describe/Update/Delete/ListStateMachineAliases. An alias routes executions to one or two
 * versions of the same state machine by weight (the weights add up to 100); its ARN is the
 * machine's ARN followed by {@code :name}.
 */
final class AliasOps {
  private final Core core;

  AliasOps(Core core) {
    this.core = core;
  }

  void register(Map<String, Op> ops) {
    ops.put("CreateStateMachineAlias", Op.sync(this::create));
    ops.put("DescribeStateMachineAlias", Op.sync(this::describe));
    ops.put("UpdateStateMachineAlias", Op.sync(this::update));
    ops.put("DeleteStateMachineAlias", Op.sync(this::delete));
    ops.put("ListStateMachineAliases", Op.sync(this::list));
  }

  private ObjectNode create(Req r) {
    String name = r.str("name", 80);
    if (!name.matches("(?=.*[a-zA-Z_\\-.])[a-zA-Z0-9_\\-.]+")) {
      throw ApiError.invalidName(name);
    }
    String description = r.optStr("description", 256);
    ArrayNode routing = routing(r, true);
    String machineArn = Arn.parse(routing.get(0).path("stateMachineVersionArn").asText(),
        Arn.STATE_MACHINE).machineArn();
    String arn = machineArn + ":" + name;
    ObjectNode existing = core.store.get(Kind.ALIAS, arn).orElse(null);
    if (existing != null) {
      if (existing.path("routingConfiguration").equals(routing)) {
        ObjectNode out = Core.object();
        out.put("stateMachineAliasArn", arn);
        out.set("creationDate", existing.get("creationDate"));
        return out;
      }
      throw new ApiError("ConflictException", "Failed to create alias because an alias with the "
          + "same name and a different routing configuration already exists.");
    }
    Instant now = core.now();
    ObjectNode a = Core.object();
    a.put("stateMachineAliasArn", arn);
    a.put("name", name);
    if (description != null) {
      a.put("description", description);
    }
    a.set("routingConfiguration", routing);
    Core.putDate(a, "creationDate", now);
    Core.putDate(a, "updateDate", now);
    core.store.put(Kind.ALIAS, arn, machineArn, a);
    ObjectNode out = Core.object();
    out.put("stateMachineAliasArn", arn);
    Core.putDate(out, "creationDate", now);
    return out;
  }

  /** The routing configuration: 1 or 2 existing versions of one machine, weights adding to 100. */
  private ArrayNode routing(Req r, boolean required) {
    JsonNode routes = r.optArray("routingConfiguration");
    if (routes == null) {
      if (required) {
        throw ApiError.missing("routingConfiguration");
      }
      return null;
    }
    if (routes.size() < 1 || routes.size() > 2) {
      throw ApiError.validation("'" + routes + "'", "routingConfiguration",
          "Member must have length between 1 and 2");
    }
    ArrayNode out = Core.JSON.createArrayNode();
    Set<String> machines = new HashSet<>();
    int total = 0;
    for (JsonNode route : routes) {
      if (!route.isObject()) {
        throw Req.wrongType("routingConfiguration", "a list of structures", route);
      }
      Req rr = new Req((ObjectNode) route);
      Arn v = Arn.parse(rr.str("stateMachineVersionArn", 256), Arn.STATE_MACHINE);
      if (!v.isVersion()) {
        throw ApiError.invalidArn("Resource type not valid in this context: "
            + (v.isAlias() ? "stateMachineAlias" : "stateMachine"));
      }
      int weight = rr.optInt("weight", 0, 100, -1);
      if (weight < 0) {
        throw ApiError.missing("routingConfiguration.member.weight");
      }
      if (core.store.get(Kind.VERSION, v.text()).isEmpty()) {
        throw ApiError.resourceNotFound("State machine version", v.text());
      }
      machines.add(v.machineArn());
      total += weight;
      ObjectNode o = Core.object();
      o.put("stateMachineVersionArn", v.text());
      o.put("weight", weight);
      out.add(o);
    }
    if (machines.size() > 1) {
      throw new ApiError("ValidationException",
          "Routing configuration must contain versions of the same state machine.");
    }
    if (total != 100) {
      throw new ApiError("ValidationException", "Sum of routing configuration weights must equal "
          + "100, but is " + total + ".");
    }
    if (out.size() == 2 && out.get(0).path("stateMachineVersionArn")
        .equals(out.get(1).path("stateMachineVersionArn"))) {
      throw new ApiError("ValidationException",
          "Routing configuration must contain distinct state machine versions.");
    }
    return out;
  }

  private ObjectNode find(String text) {
    Arn arn = Arn.parse(text, Arn.STATE_MACHINE);
    if (!arn.isAlias()) {
      throw ApiError.invalidArn("Resource type not valid in this context: "
          + (arn.isVersion() ? "stateMachineVersion" : "stateMachine"));
    }
    return core.store.get(Kind.ALIAS, arn.text())
        .orElseThrow(() -> new ApiError("ResourceNotFound", "Resource not found: '" + text + "'"));
  }

  private ObjectNode describe(Req r) {
    return find(r.str("stateMachineAliasArn", 256)).deepCopy();
  }

  private ObjectNode update(Req r) {
    ObjectNode old = find(r.str("stateMachineAliasArn", 256));
    String description = r.optStr("description", 256);
    ArrayNode routing = routing(r, false);
    if (description == null && routing == null) {
      throw new ApiError("ValidationException",
          "Either the description or the RoutingConfiguration must be specified");
    }
    String arn = old.path("stateMachineAliasArn").asText();
    if (routing != null && !Arn.parse(routing.get(0).path("stateMachineVersionArn").asText(),
        Arn.STATE_MACHINE).machineArn().equals(Arn.parse(arn, Arn.STATE_MACHINE).machineArn())) {
      throw new ApiError("ValidationException",
          "Routing configuration must contain versions of the alias's state machine.");
    }
    ObjectNode a = old.deepCopy();
    if (description != null) {
      a.put("description", description);
    }
    if (routing != null) {
      a.set("routingConfiguration", routing);
    }
    Instant now = core.now();
    Core.putDate(a, "updateDate", now);
    core.store.put(Kind.ALIAS, arn, Arn.parse(arn, Arn.STATE_MACHINE).machineArn(), a);
    ObjectNode out = Core.object();
    Core.putDate(out, "updateDate", now);
    return out;
  }

  private ObjectNode delete(Req r) {
    Arn arn = Arn.parse(r.str("stateMachineAliasArn", 256), Arn.STATE_MACHINE);
    if (!arn.isAlias()) {
      throw ApiError.invalidArn("Resource type not valid in this context: "
          + (arn.isVersion() ? "stateMachineVersion" : "stateMachine"));
    }
    core.store.delete(Kind.ALIAS, arn.text());
    return Core.object();
  }

  private ObjectNode list(Req r) {
    Arn arn = Arn.parse(r.str("stateMachineArn", 256), Arn.STATE_MACHINE);
    core.machine(arn.machineArn());
    return Pages.page(r, "ListStateMachineAliases " + arn.text(),
        core.store.list(Kind.ALIAS, arn.machineArn()), "stateMachineAliases", a -> {
          ObjectNode o = Core.object();
          o.put("stateMachineAliasArn", a.path("stateMachineAliasArn").asText());
          o.set("creationDate", a.get("creationDate"));
          return o;
        }, Core.object());
  }

  /** The version an execution of {@code alias} runs, picked by weight. */
  static String route(ObjectNode alias) {
    JsonNode routes = alias.path("routingConfiguration");
    int pick = ThreadLocalRandom.current().nextInt(100);
    for (JsonNode route : routes) {
      pick -= route.path("weight").asInt();
      if (pick < 0) {
        return route.path("stateMachineVersionArn").asText();
      }
    }
    return routes.get(routes.size() - 1).path("stateMachineVersionArn").asText();
  }
}
