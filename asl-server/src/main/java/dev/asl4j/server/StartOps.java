package dev.asl4j.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.StartOptions;
import dev.asl4j.interpreter.StateMachineDefinition;
import dev.asl4j.server.spi.ServerStore.Kind;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * StartExecution and StartSyncExecution. The state machine ARN may name the machine, a version
 * or an alias (which picks a version by weight), and may end in Step Functions Local's {@code
 * #TestCaseName}. STANDARD starts are idempotent by name and input while the execution runs, as
 * in AWS.
 */
final class StartOps {
  private static final int STRIPES = 64;

  private final Core core;
  private final Object[] stripes = new Object[STRIPES];
  private final ConcurrentLinkedQueue<String> liveOrder = new ConcurrentLinkedQueue<>();

  StartOps(Core core) {
    this.core = core;
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Object();
    }
  }

  void register(Map<String, Op> ops) {
    ops.put("StartExecution", r -> start(r, false));
    ops.put("StartSyncExecution", r -> start(r, true));
  }

  /** What a start resolves to before it runs. */
  private record Target(ObjectNode machine, String versionArn, String aliasArn,
      String revisionId, StateMachineDefinition definition) {}

  private CompletionStage<ObjectNode> start(Req r, boolean sync) {
    String given = r.str("stateMachineArn", 2048);
    String testCase = Arn.testCaseOf(given);
    Arn arn = Arn.parse(Arn.stripTestCase(given), Arn.STATE_MACHINE);
    String name = r.has("name") ? Names.check(r.str("name", 80)) : Core.uuid();
    String inputText = r.has("input") ? r.optStr("input", 262_144) : "{}";
    String trace = r.optStr("traceHeader", 256);
    if (sync) {
      r.optEnum("includedData", "ALL_DATA", "ALL_DATA", "METADATA_ONLY");
    }
    JsonNode input = parseInput(inputText);
    Target t = target(arn);
    String type = t.machine().path("type").asText();
    String machineArn = arn.machineArn();
    if (sync && !type.equals("EXPRESS")) {
      throw new ApiError("StateMachineTypeNotSupported",
          "This operation is not supported by this type of state machine");
    }
    if (testCase != null) {
      core.mocks.testCase(t.machine().path("name").asText(), testCase); // fails before starting
    }
    boolean express = type.equals("EXPRESS");
    String execArn = Arn.execution(machineArn, name, express ? Core.uuid() : null);
    Instant now = core.now();
    ObjectNode doc = Core.object();
    doc.put("executionArn", execArn);
    doc.put("stateMachineArn", machineArn);
    doc.put("name", name);
    doc.put("status", "RUNNING");
    Core.putDate(doc, "startDate", now);
    doc.put("input", inputText);
    doc.put("revisionId", t.revisionId());
    doc.put("type", type);
    if (t.versionArn() != null) {
      doc.put("stateMachineVersionArn", t.versionArn());
    }
    if (t.aliasArn() != null) {
      doc.put("stateMachineAliasArn", t.aliasArn());
    }
    if (trace != null) {
      doc.put("traceHeader", trace);
    }
    if (!sync && !express) {
      ObjectNode again = reserve(execArn, machineArn, inputText, doc);
      if (again != null) {
        return ExecutionOps.done(again);
      }
    } else if (!sync) {
      core.store.put(Kind.EXECUTION, execArn, machineArn, doc);
    }
    if (testCase != null) {
      core.mocks.begin(execArn, t.machine().path("name").asText(), testCase);
    }
    StartOptions options = StartOptions.defaults().withName(name).withExecutionArn(execArn)
        .withStartTime(now).withStateMachineArn(arn.text())
        .withStateMachineName(t.machine().path("name").asText())
        .withRoleArn(t.machine().path("roleArn").asText());
    Execution ex = t.definition().start(input, options);
    if (!sync) {
      track(execArn, ex);
    }
    CompletionStage<ExecutionResult> end = ex.completion().whenComplete((res, err) -> {
      core.mocks.end(execArn);
      if (!sync && res != null) {
        core.store.get(Kind.EXECUTION, execArn).ifPresent(d -> core.store.put(Kind.EXECUTION,
            execArn, machineArn, ExecutionOps.ended(core, d, res)));
      }
    });
    if (sync) {
      return end.thenApply(res -> syncResponse(ExecutionOps.ended(core, doc, res), now));
    }
    ObjectNode out = Core.object();
    out.put("executionArn", execArn);
    Core.putDate(out, "startDate", now);
    return ExecutionOps.done(out);
  }

  /**
   * Files the new STANDARD execution, or answers the earlier start of the same name: the same
   * response while it runs with the same input, {@code ExecutionAlreadyExists} otherwise.
   */
  private ObjectNode reserve(String execArn, String machineArn, String input, ObjectNode doc) {
    synchronized (stripes[Math.floorMod(execArn.hashCode(), STRIPES)]) {
      ObjectNode old = core.store.get(Kind.EXECUTION, execArn).orElse(null);
      if (old == null) {
        core.store.put(Kind.EXECUTION, execArn, machineArn, doc);
        return null;
      }
      ObjectNode c = ExecutionOps.current(core, old);
      if (c.path("status").asText().equals("RUNNING") && ExecutionOps.sameInput(c, input)) {
        ObjectNode out = Core.object();
        out.put("executionArn", execArn);
        out.set("startDate", c.get("startDate"));
        return out;
      }
      throw new ApiError("ExecutionAlreadyExists", "Execution Already Exists: '" + execArn + "'");
    }
  }

  /** Keeps the engine's execution for history and StopExecution, at most {@code maxLive}. */
  private void track(String execArn, Execution ex) {
    core.live.put(execArn, ex);
    liveOrder.add(execArn);
    for (int i = 0; i < 4 && core.live.size() > core.maxLive; i++) {
      String oldest = liveOrder.poll();
      if (oldest == null) {
        break;
      }
      Execution o = core.live.get(oldest);
      if (o != null && o.status().isTerminal()) {
        core.live.remove(oldest);
      } else if (o != null) {
        liveOrder.add(oldest); // still running: kept
      }
    }
  }

  private Target target(Arn arn) {
    ObjectNode m = core.store.get(Kind.STATE_MACHINE, arn.machineArn())
        .orElseThrow(() -> ApiError.stateMachineDoesNotExist(arn.text()));
    String alias = null;
    String version = null;
    if (arn.isAlias()) {
      alias = arn.text();
      version = AliasOps.route(core.store.get(Kind.ALIAS, alias)
          .orElseThrow(() -> ApiError.stateMachineDoesNotExist(arn.text())));
    } else if (arn.isVersion()) {
      version = arn.text();
    }
    String revision = m.path("revisionId").asText();
    String key = arn.machineArn() + "@" + revision;
    String defArn = arn.machineArn();
    if (version != null) {
      String v = version;
      revision = core.store.get(Kind.VERSION, version)
          .orElseThrow(() -> ApiError.stateMachineDoesNotExist(v)).path("revisionId").asText();
      key = version;
      defArn = version;
    }
    String r = revision;
    ObjectNode rev = core.store.get(Kind.REVISION, arn.machineArn() + "@" + revision)
        .orElseThrow(() -> ApiError.stateMachineDoesNotExist(arn.text() + " (revision " + r + ")"));
    StateMachineDefinition d = core.definitions.get(key, defArn, m.path("name").asText(),
        m.path("type").asText(), rev.path("definition").asText());
    return new Target(m, version, alias, revision, d);
  }

  private static JsonNode parseInput(String text) {
    try {
      JsonNode n = Core.JSON.readTree(text);
      if (n == null || n.isMissingNode()) {
        throw new ApiError("InvalidExecutionInput",
            "Invalid State Machine Execution Input: 'No content to map due to end-of-input'");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new ApiError("InvalidExecutionInput", "Invalid State Machine Execution Input: '"
          + e.getOriginalMessage() + "'");
    }
  }

  private static ObjectNode syncResponse(ObjectNode d, Instant start) {
    ObjectNode out = Core.object();
    for (String f : new String[] {"executionArn", "stateMachineArn", "name", "startDate",
        "stopDate", "status", "error", "cause", "input", "output", "traceHeader"}) {
      if (d.has(f)) {
        out.set(f, d.get(f));
      }
    }
    out.putObject("inputDetails").put("included", true);
    out.putObject("outputDetails").put("included", true);
    long ms = Math.max(0, Math.round((d.path("stopDate").asDouble() - d.path("startDate").asDouble())
        * 1000));
    ObjectNode billing = out.putObject("billingDetails");
    billing.put("billedMemoryUsedInMB", 64);
    billing.put("billedDurationInMilliseconds", Math.max(100, (ms + 99) / 100 * 100));
    return out;
  }
}
