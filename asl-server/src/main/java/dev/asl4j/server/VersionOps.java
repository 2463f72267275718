package dev.asl4j.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.server.spi.ServerStore.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * PublishStateMachineVersion, ListStateMachineVersions, DeleteStateMachineVersion. A version is
 * an immutable pointer to a revision; numbers count up from 1 and are never reused; publishing an
 * unchanged revision again answers the latest version.
 */
final class VersionOps {
  private final Core core;

  VersionOps(Core core) {
    this.core = core;
  }

  void register(Map<String, Op> ops) {
    ops.put("PublishStateMachineVersion", Op.sync(this::publish));
    ops.put("ListStateMachineVersions", Op.sync(this::list));
    ops.put("DeleteStateMachineVersion", Op.sync(this::delete));
  }

  private ObjectNode publish(Req r) {
    Arn arn = Arn.parse(r.str("stateMachineArn", 256), Arn.STATE_MACHINE);
    if (arn.q1() != null) {
      throw ApiError.invalidArn("Resource type not valid in this context: "
          + (arn.isVersion() ? "stateMachineVersion" : "stateMachineAlias"));
    }
    String revision = r.optStr("revisionId", 256);
    ObjectNode m = core.machine(arn.text());
    if (revision != null && !revision.equals(m.path("revisionId").asText())) {
      throw new ApiError("ConflictException", "Failed to publish the State Machine version for "
          + "revision id: " + revision + ". The current State Machine revision id is: "
          + m.path("revisionId").asText() + ".");
    }
    ObjectNode v = publish(core, arn.text(), r.optStr("description", 256));
    ObjectNode out = Core.object();
    out.set("creationDate", v.get("creationDate"));
    out.put("stateMachineVersionArn", v.get("arn").asText());
    return out;
  }

  /** Publishes the current revision of {@code machineArn}; answers {arn, creationDate}. */
  static synchronized ObjectNode publish(Core core, String machineArn, String description) {
    ObjectNode m = core.machine(machineArn);
    String revision = m.path("revisionId").asText();
    List<ObjectNode> versions = core.store.list(Kind.VERSION, machineArn);
    ObjectNode out = Core.object();
    if (!versions.isEmpty()) {
      ObjectNode latest = versions.get(versions.size() - 1);
      if (latest.path("revisionId").asText().equals(revision)) {
        out.put("arn", latest.path("stateMachineVersionArn").asText());
        out.set("creationDate", latest.get("creationDate"));
        return out;
      }
    }
    int n = m.path("nextVersion").asInt(1);
    String arn = machineArn + ":" + n;
    Instant now = core.now();
    ObjectNode v = Core.object();
    v.put("stateMachineVersionArn", arn);
    v.put("stateMachineArn", machineArn);
    v.put("revisionId", revision);
    v.put("version", n);
    if (description != null) {
      v.put("description", description);
    }
    Core.putDate(v, "creationDate", now);
    core.store.put(Kind.VERSION, arn, machineArn, v);
    ObjectNode next = m.deepCopy();
    next.put("nextVersion", n + 1);
    core.store.put(Kind.STATE_MACHINE, machineArn, null, next);
    out.put("arn", arn);
    out.set("creationDate", v.get("creationDate"));
    return out;
  }

  private ObjectNode list(Req r) {
    Arn arn = Arn.parse(r.str("stateMachineArn", 256), Arn.STATE_MACHINE);
    if (arn.q1() != null) {
      throw ApiError.invalidArn("Resource type not valid in this context: "
          + (arn.isVersion() ? "stateMachineVersion" : "stateMachineAlias"));
    }
    core.machine(arn.text());
    List<ObjectNode> versions = new ArrayList<>(core.store.list(Kind.VERSION, arn.text()));
    Collections.reverse(versions); // newest first, as AWS lists them
    return Pages.page(r, "ListStateMachineVersions " + arn.text(), versions,
        "stateMachineVersions", v -> {
          ObjectNode o = Core.object();
          o.put("stateMachineVersionArn", v.path("stateMachineVersionArn").asText());
          o.set("creationDate", v.get("creationDate"));
          return o;
        }, Core.object());
  }

  private ObjectNode delete(Req r) {
    Arn arn = Arn.parse(r.str("stateMachineVersionArn", 256), Arn.STATE_MACHINE);
    if (!arn.isVersion()) {
      throw ApiError.invalidArn("Resource type not valid in this context: "
          + (arn.isAlias() ? "stateMachineAlias" : "stateMachine"));
    }
    deleteVersion(core, arn);
    return Core.object();
  }

  static void deleteVersion(Core core, Arn version) {
    List<String> aliases = new ArrayList<>();
    for (ObjectNode a : core.store.list(Kind.ALIAS, version.machineArn())) {
      for (var route : a.path("routingConfiguration")) {
        if (route.path("stateMachineVersionArn").asText().equals(version.text())) {
          aliases.add(a.path("stateMachineAliasArn").asText());
        }
      }
    }
    if (!aliases.isEmpty()) {
      throw new ApiError("ConflictException", "Version to be deleted must not be referenced by an "
          + "alias. Current list of aliases referencing this version: " + aliases);
    }
    core.store.delete(Kind.VERSION, version.text());
  }
}
