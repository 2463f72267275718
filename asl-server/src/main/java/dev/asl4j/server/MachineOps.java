package dev.asl4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.server.spi.ServerStore.Kind;
import java.time.Instant;
import java.util.Map;

/**
 * Create/Describe/Update/Delete/ListStateMachines and DescribeStateMachineForExecution. Every
 * create or update that changes the definition or role makes a new revision (a {@code revisionId}),
 * which versions and executions point at.
 */
final class MachineOps {
  static final int MAX_DEFINITION = 1_048_576;
  private final Core core;

  MachineOps(Core core) {
    this.core = core;
  }

  void register(Map<String, Op> ops) {
    ops.put("CreateStateMachine", Op.sync(this::create));
    ops.put("DescribeStateMachine", Op.sync(this::describe));
    ops.put("UpdateStateMachine", Op.sync(this::update));
    ops.put("DeleteStateMachine", Op.sync(this::delete));
    ops.put("ListStateMachines", Op.sync(this::list));
    ops.put("DescribeStateMachineForExecution", Op.sync(this::describeForExecution));
  }

  private ObjectNode create(Req r) {
    String name = Names.check(r.str("name", 80));
    String definition = r.str("definition", MAX_DEFINITION);
    String role = roleArn(r.str("roleArn", 256));
    String type = r.optEnum("type", "STANDARD", "STANDARD", "EXPRESS");
    boolean publish = r.optBool("publish", false);
    String description = r.optStr("versionDescription", 256);
    String arn = Arn.machine(core.region, core.account, name);
    ObjectNode existing = core.store.get(Kind.STATE_MACHINE, arn).orElse(null);
    if (existing != null) {
      // CreateStateMachine is idempotent for an identical request.
      if (existing.path("definition").asText().equals(definition)
          && existing.path("roleArn").asText().equals(role)
          && existing.path("type").asText().equals(type)) {
        ObjectNode out = Core.object();
        out.put("stateMachineArn", arn);
        out.set("creationDate", existing.get("creationDate"));
        return out;
      }
      throw new ApiError("StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
    }
    String revision = Core.uuid();
    core.definitions.load(arn + "@" + revision, arn, name, type, definition);
    Instant now = core.now();
    ObjectNode m = Core.object();
    m.put("stateMachineArn", arn);
    m.put("name", name);
    m.put("status", "ACTIVE");
    m.put("type", type);
    m.put("roleArn", role);
    m.put("definition", definition);
    Core.putDate(m, "creationDate", now);
    Core.putDate(m, "updateDate", now);
    m.put("revisionId", revision);
    m.set("loggingConfiguration", config(r, "loggingConfiguration", defaultLogging()));
    m.set("tracingConfiguration", config(r, "tracingConfiguration", defaultTracing()));
    m.put("nextVersion", 1);
    core.store.put(Kind.STATE_MACHINE, arn, null, m);
    core.store.put(Kind.REVISION, arn + "@" + revision, arn, revisionOf(m));
    TagOps.putTags(core, arn, r.optArray("tags"));
    ObjectNode out = Core.object();
    out.put("stateMachineArn", arn);
    Core.putDate(out, "creationDate", now);
    if (publish) {
      out.put("stateMachineVersionArn", VersionOps.publish(core, arn, description).get("arn").asText());
    }
    return out;
  }

  private ObjectNode describe(Req r) {
    Arn arn = Arn.parse(Arn.stripTestCase(r.str("stateMachineArn", 256)), Arn.STATE_MACHINE);
    ObjectNode m;
    String shownArn = arn.text();
    String description = null;
    if (arn.isVersion()) {
      ObjectNode v = core.store.get(Kind.VERSION, arn.text())
          .orElseThrow(() -> ApiError.stateMachineDoesNotExist(arn.text()));
      m = core.store.get(Kind.REVISION, arn.machineArn() + "@" + v.path("revisionId").asText())
          .orElseThrow(() -> ApiError.stateMachineDoesNotExist(arn.text()));
      description = v.path("description").textValue();
      ObjectNode out = render(m, shownArn);
      out.set("creationDate", v.get("creationDate"));
      if (description != null) {
        out.put("description", description);
      }
      return out;
    }
    if (arn.isAlias()) {
      throw ApiError.invalidArn("Resource type not valid in this context: stateMachineAlias");
    }
    m = core.machine(arn.text());
    ObjectNode out = render(m, shownArn);
    out.set("creationDate", m.get("creationDate"));
    return out;
  }

  private static ObjectNode render(ObjectNode m, String arn) {
    ObjectNode out = Core.object();
    out.put("stateMachineArn", arn);
    out.put("name", m.path("name").asText());
    out.put("status", "ACTIVE");
    out.put("definition", m.path("definition").asText());
    out.put("roleArn", m.path("roleArn").asText());
    out.put("type", m.path("type").asText());
    out.set("loggingConfiguration", m.get("loggingConfiguration"));
    out.set("tracingConfiguration", m.get("tracingConfiguration"));
    out.put("revisionId", m.path("revisionId").asText());
    return out;
  }

  private ObjectNode update(Req r) {
    Arn arn = Arn.parse(r.str("stateMachineArn", 256), Arn.STATE_MACHINE);
    if (arn.q1() != null) {
      throw ApiError.invalidArn("Resource type not valid in this context: "
          + (arn.isVersion() ? "stateMachineVersion" : "stateMachineAlias"));
    }
    String definition = r.optStr("definition", MAX_DEFINITION);
    String role = r.has("roleArn") ? roleArn(r.str("roleArn", 256)) : null;
    JsonNode logging = r.optObject("loggingConfiguration");
    JsonNode tracing = r.optObject("tracingConfiguration");
    boolean publish = r.optBool("publish", false);
    String description = r.optStr("versionDescription", 256);
    if (definition == null && role == null && logging == null && tracing == null) {
      throw new ApiError("MissingRequiredParameter", "Either the definition, the role ARN, the "
          + "LoggingConfiguration, or the TracingConfiguration must be specified");
    }
    ObjectNode old = core.machine(arn.text());
    ObjectNode m = old.deepCopy();
    Instant now = core.now();
    boolean changed = (definition != null && !definition.equals(old.path("definition").asText()))
        || (role != null && !role.equals(old.path("roleArn").asText()));
    if (definition != null) {
      m.put("definition", definition);
    }
    if (role != null) {
      m.put("roleArn", role);
    }
    if (logging != null) {
      m.set("loggingConfiguration", logging);
    }
    if (tracing != null) {
      m.set("tracingConfiguration", tracing);
    }
    if (changed) {
      String revision = Core.uuid();
      core.definitions.load(arn.text() + "@" + revision, arn.text(), m.path("name").asText(),
          m.path("type").asText(), m.path("definition").asText());
      m.put("revisionId", revision);
      core.store.put(Kind.REVISION, arn.text() + "@" + revision, arn.text(), revisionOf(m));
    }
    Core.putDate(m, "updateDate", now);
    core.store.put(Kind.STATE_MACHINE, arn.text(), null, m);
    ObjectNode out = Core.object();
    Core.putDate(out, "updateDate", now);
    out.put("revisionId", m.path("revisionId").asText());
    if (publish) {
      out.put("stateMachineVersionArn",
          VersionOps.publish(core, arn.text(), description).get("arn").asText());
    }
    return out;
  }

  private ObjectNode delete(Req r) {
    Arn arn = Arn.parse(r.str("stateMachineArn", 256), Arn.STATE_MACHINE);
    if (arn.isVersion()) {
      VersionOps.deleteVersion(core, arn);
    } else if (arn.isAlias()) {
      throw ApiError.invalidArn("Resource type not valid in this context: stateMachineAlias");
    } else if (core.store.delete(Kind.STATE_MACHINE, arn.text())) {
      for (ObjectNode v : core.store.list(Kind.VERSION, arn.text())) {
        core.store.delete(Kind.VERSION, v.path("stateMachineVersionArn").asText());
      }
      for (ObjectNode a : core.store.list(Kind.ALIAS, arn.text())) {
        core.store.delete(Kind.ALIAS, a.path("stateMachineAliasArn").asText());
      }
      core.store.delete(Kind.TAGS, arn.text());
    }
    return Core.object(); // deleting what does not exist succeeds, as in AWS
  }

  private ObjectNode list(Req r) {
    return Pages.page(r, "ListStateMachines", core.store.list(Kind.STATE_MACHINE, null),
        "stateMachines", m -> {
          ObjectNode o = Core.object();
          o.put("stateMachineArn", m.path("stateMachineArn").asText());
          o.put("name", m.path("name").asText());
          o.put("type", m.path("type").asText());
          o.set("creationDate", m.get("creationDate"));
          return o;
        }, Core.object());
  }

  private ObjectNode describeForExecution(Req r) {
    ObjectNode e = ExecutionOps.find(core, r.str("executionArn", 256));
    String machineArn = e.path("stateMachineArn").asText();
    ObjectNode rev = core.store.get(Kind.REVISION, machineArn + "@" + e.path("revisionId").asText())
        .orElseThrow(() -> ApiError.executionDoesNotExist(e.path("executionArn").asText()));
    ObjectNode out = Core.object();
    out.put("stateMachineArn", machineArn);
    out.put("name", rev.path("name").asText());
    out.put("definition", rev.path("definition").asText());
    out.put("roleArn", rev.path("roleArn").asText());
    out.set("updateDate", rev.get("updateDate"));
    out.set("loggingConfiguration", rev.get("loggingConfiguration"));
    out.set("tracingConfiguration", rev.get("tracingConfiguration"));
    out.put("revisionId", rev.path("revisionId").asText());
    return out;
  }

  static ObjectNode revisionOf(ObjectNode m) {
    ObjectNode rev = Core.object();
    for (String f : new String[] {"stateMachineArn", "name", "type", "roleArn", "definition",
        "revisionId", "updateDate", "loggingConfiguration", "tracingConfiguration"}) {
      rev.set(f, m.get(f));
    }
    return rev;
  }

  private static JsonNode config(Req r, String field, ObjectNode dflt) {
    JsonNode v = r.optObject(field);
    return v == null ? dflt : v;
  }

  private static ObjectNode defaultLogging() {
    ObjectNode o = Core.object();
    o.put("level", "OFF");
    o.put("includeExecutionData", false);
    return o;
  }

  private static ObjectNode defaultTracing() {
    ObjectNode o = Core.object();
    o.put("enabled", false);
    return o;
  }

  private static String roleArn(String role) {
    if (!role.startsWith("arn:") || role.split(":", -1).length < 6) {
      throw ApiError.invalidArn("Invalid ARN prefix: " + Req.abbreviate(role));
    }
    return role;
  }
}
