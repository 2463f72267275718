package dev.asl4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.server.spi.ServerStore.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.asl4j.interpreter.spi.StoredExecution;
import java.util.concurrent.CompletableFuture;

/**
 * DescribeExecution, ListExecutions, StopExecution, GetExecutionHistory, RedriveExecution and the
 * map-run operations. Starting executions is {@link StartOps}.
 */
final class ExecutionOps {
  private final Core core;

  ExecutionOps(Core core) {
    this.core = core;
  }

  void register(Map<String, Op> ops) {
    ops.put("DescribeExecution", Op.sync(this::describe));
    ops.put("ListExecutions", Op.sync(this::list));
    ops.put("StopExecution", Op.sync(this::stop));
    ops.put("GetExecutionHistory", Op.sync(r -> History.page(core, r)));
    ops.put("RedriveExecution", Op.sync(this::redrive));
    ops.put("ListMapRuns", Op.sync(this::listMapRuns));
    ops.put("DescribeMapRun", Op.sync(r -> mapRun(r.str("mapRunArn", 2000))));
    ops.put("UpdateMapRun", Op.sync(r -> mapRun(r.str("mapRunArn", 2000))));
  }

  /** The execution record with its live status, or {@code ExecutionDoesNotExist}. */
  static ObjectNode find(Core core, String text) {
    Arn.parse(text, Arn.EXECUTION, Arn.EXPRESS);
    ObjectNode doc = core.store.get(Kind.EXECUTION, text)
        .orElseThrow(() -> ApiError.executionDoesNotExist(text));
    return current(core, doc);
  }

  /** {@code doc} as it is now: a record still saying RUNNING is checked against the engine. */
  static ObjectNode current(Core core, ObjectNode doc) {
    if (!doc.path("status").asText().equals("RUNNING")) {
      return doc;
    }
    String arn = doc.path("executionArn").asText();
    Execution ex = core.execution(arn);
    if (ex != null) {
      return ex.result().isEmpty() ? doc : ended(core, doc, ex.result().get());
    }
    Optional<StoredExecution> stored = core.engine.durability().flatMap(d -> d.describe(arn));
    if (stored.isEmpty() || !stored.get().status().isTerminal()) {
      return doc;
    }
    // resumed after a restart and ended since: the engine's store knows how
    StoredExecution s = stored.get();
    ObjectNode d = doc.deepCopy();
    d.put("status", s.status().name());
    Core.putDate(d, "stopDate", s.stopTime());
    if (s.output() != null) {
      d.put("output", s.output());
    }
    if (s.error() != null) {
      d.put("error", s.error());
    }
    if (s.cause() != null) {
      d.put("cause", s.cause());
    }
    core.store.put(Kind.EXECUTION, arn, d.path("stateMachineArn").asText(), d);
    return d;
  }

  /** The record of an execution that ended with {@code r}. */
  static ObjectNode ended(Core core, ObjectNode doc, ExecutionResult r) {
    ObjectNode d = doc.deepCopy();
    d.put("status", r.status().name());
    if (!d.has("stopDate")) {
      Core.putDate(d, "stopDate", core.now());
    }
    if (r.output() != null) {
      d.put("output", Core.text(r.output()));
    }
    if (r.error() != null) {
      d.put("error", r.error());
    }
    if (r.cause() != null) {
      d.put("cause", r.cause());
    }
    return d;
  }

  private ObjectNode describe(Req r) {
    ObjectNode d = find(core, r.str("executionArn", 256));
    ObjectNode out = Core.object();
    for (String f : new String[] {"executionArn", "stateMachineArn", "name", "status", "startDate",
        "stopDate", "input", "output", "error", "cause", "stateMachineVersionArn",
        "stateMachineAliasArn", "traceHeader"}) {
      if (d.has(f)) {
        out.set(f, d.get(f));
      }
    }
    out.putObject("inputDetails").put("included", true);
    if (d.has("output")) {
      out.putObject("outputDetails").put("included", true);
    }
    out.put("redriveCount", 0);
    out.put("redriveStatus", "NOT_REDRIVABLE");
    if (!d.path("status").asText().equals("RUNNING") && !d.path("status").asText().equals("SUCCEEDED")) {
      out.put("redriveStatusReason", "asl serve does not redrive executions");
    }
    return out;
  }

  private ObjectNode list(Req r) {
    String machine = r.optStr("stateMachineArn", 256);
    String mapRun = r.optStr("mapRunArn", 2000);
    String status = r.optEnum("statusFilter", null,
        "RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE");
    r.optEnum("redriveFilter", null, "REDRIVEN", "NOT_REDRIVEN");
    if (machine == null && mapRun == null) {
      throw new ApiError("ValidationException", "Must provide a StateMachine ARN or MapRun ARN");
    }
    if (mapRun != null) {
      mapRun(mapRun);
    }
    Arn arn = Arn.parse(machine, Arn.STATE_MACHINE);
    ObjectNode m = core.machine(arn.machineArn());
    if (m.path("type").asText().equals("EXPRESS")) {
      throw new ApiError("StateMachineTypeNotSupported",
          "This operation is not supported by this type of state machine");
    }
    String field = arn.isVersion() ? "stateMachineVersionArn" : arn.isAlias() ? "stateMachineAliasArn" : null;
    List<ObjectNode> picked = new ArrayList<>();
    for (ObjectNode d : core.store.list(Kind.EXECUTION, arn.machineArn())) {
      ObjectNode c = current(core, d);
      if ((status == null || c.path("status").asText().equals(status))
          && (field == null || c.path(field).asText().equals(arn.text()))) {
        picked.add(c);
      }
    }
    Collections.reverse(picked); // newest first
    return Pages.page(r, "ListExecutions " + machine + " " + status, picked, "executions", d -> {
      ObjectNode o = Core.object();
      for (String f : new String[] {"executionArn", "stateMachineArn", "name", "status",
          "startDate", "stopDate", "stateMachineVersionArn", "stateMachineAliasArn"}) {
        if (d.has(f)) {
          o.set(f, d.get(f));
        }
      }
      o.put("redriveCount", 0);
      return o;
    }, Core.object());
  }

  private ObjectNode stop(Req r) {
    ObjectNode d = find(core, r.str("executionArn", 256));
    String error = r.optStr("error", 256);
    String cause = r.optStr("cause", 32768);
    String arn = d.path("executionArn").asText();
    Execution ex = core.execution(arn);
    if (ex != null) {
      ex.stop(error, cause);
    } else if (d.path("status").asText().equals("RUNNING")) {
      // the engine no longer holds it (a restart): record the stop
      ObjectNode s = d.deepCopy();
      s.put("status", "ABORTED");
      Core.putDate(s, "stopDate", core.now());
      core.store.put(Kind.EXECUTION, arn, s.path("stateMachineArn").asText(), s);
    }
    ObjectNode out = Core.object();
    Core.putDate(out, "stopDate", core.now());
    return out;
  }

  private ObjectNode redrive(Req r) {
    ObjectNode d = find(core, r.str("executionArn", 256));
    r.optStr("clientToken", 64);
    String status = d.path("status").asText();
    String why = status.equals("RUNNING") || status.equals("SUCCEEDED")
        ? "Execution is " + status + " and cannot be redriven"
        : "asl serve does not redrive executions yet";
    throw new ApiError("ExecutionNotRedrivable", why);
  }

  private ObjectNode listMapRuns(Req r) {
    find(core, r.str("executionArn", 256));
    r.optInt("maxResults", 0, 1000, 0);
    ObjectNode out = Core.object();
    out.putArray("mapRuns"); // map runs are not recorded separately
    return out;
  }

  private ObjectNode mapRun(String text) {
    Arn.parse(text, Arn.MAP_RUN);
    throw new ApiError("ResourceNotFound", "Resource not found: '" + text + "'");
  }

  static CompletableFuture<ObjectNode> done(ObjectNode o) {
    return CompletableFuture.completedFuture(o);
  }

  static boolean sameInput(JsonNode doc, String input) {
    return doc.path("input").asText().equals(input);
  }
}
