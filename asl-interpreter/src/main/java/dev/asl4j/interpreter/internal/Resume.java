package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@link Snapshots} wrote and rebuilds the fibers of a resumed execution, re-arming
 * each wait from its {@link Continuation}: timers at their stored due instants (at once when those
 * have passed), task tokens accepted again with their deadlines, in-flight outside work started
 * again, Parallel branches and Map iterations that had finished kept as they were. Runs on the
 * execution's driving thread.
 */
final class Resume {
  private final Run run;
  private final CompiledMachine machine;

  Resume(Run run, CompiledMachine machine) {
    this.run = run;
    this.machine = machine;
  }

  Fiber fiber(FiberParent parent, VarScope parentVars, JsonNode o) {
    String gp = o.path("graph").asText();
    Graph g = machine.graph(gp);
    if (g == null) {
      throw new IllegalStateException("the checkpoint names branch '" + gp
          + "', which the definition does not have");
    }
    VarScope vars = new VarScope(parentVars);
    for (Iterator<Map.Entry<String, JsonNode>> it = o.path("vars").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      vars.put(e.getKey(), e.getValue());
    }
    EventLog own = o.has("ownLog") ? new EventLog(false, o.get("ownLog").asInt()) : null;
    Fiber f = new Fiber(run, g, parent, o.path("index").asInt(), vars, o.path("last").asLong(),
        own);
    if (o.has("node")) {
      f.node = machine.node(o.get("node").asText());
      if (f.node == null) {
        throw new IllegalStateException("the checkpoint names state '" + o.get("node").asText()
            + "', which the definition does not have");
      }
    }
    f.stateInput = o.get("input");
    f.retryCount = o.path("retry").asInt();
    if (o.has("attempts")) {
      int[] a = new int[o.get("attempts").size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = o.get("attempts").get(i).asInt();
      }
      f.retrierAttempts = a;
    }
    f.enteredEventId = o.path("entered").asLong();
    f.enteredPrev = o.path("enteredPrev").asLong();
    f.enteredTime = o.has("enteredTime") ? Instant.parse(o.get("enteredTime").asText()) : null;
    f.taskToken = o.has("token") ? o.get("token").asText() : null;
    f.assigned = o.get("assigned");
    arm(f, o.path("k"));
    return f;
  }

  private void arm(Fiber f, JsonNode k) {
    switch (k.path("type").asText()) {
      case "wait": {
        Instant due = Instant.parse(k.get("due").asText());
        f.sleepUntil(due, new Continuation.AfterWait(due, k.get("output")));
        return;
      }
      case "retry": {
        Instant due = Instant.parse(k.get("due").asText());
        f.sleepUntil(due, new Continuation.RetryBackoff(due));
        return;
      }
      case "task":
        if (k.path("callback").asBoolean() && f.node instanceof TaskNode) {
          TaskInvocation.resumeCallback((TaskNode) f.node, f, new Continuation.AwaitingTask(true,
              text(k, "token"), instant(k, "timeoutAt"), instant(k, "heartbeatAt")),
              k.path("heartbeatSeconds").asLong(-1));
          return;
        }
        rerun(f);
        return;
      case "branches": {
        List<JsonNode> results = values(k.get("results"));
        JsonNode running = k.get("running");
        ((ParallelNode) f.node).resume(f, results,
            (j, i) -> fiber(j, f.vars, running.get(i)));
        return;
      }
      case "iterations": {
        MapNode m = (MapNode) f.node;
        JsonNode running = k.get("running");
        List<Failure> failures = new ArrayList<>();
        for (JsonNode x : k.get("failures")) {
          failures.add(x.isNull() ? null : new Failure(text(x, "error"), text(x, "cause"),
              x.path("heartbeat").asBoolean()));
        }
        Continuation.JoinOfIterations j = new Continuation.JoinOfIterations(
            values(k.get("inputs")), k.path("launched").asInt(), values(k.get("results")),
            failures, List.of(), text(k, "mapRunArn"), k.path("maxConcurrency").asInt(),
            k.path("toleratedCount").asLong(-1), k.path("toleratedPercentage").asDouble(-1));
        MapJoin.resume(f, m, j, (join, i) -> running.get(i).isNull() ? null
            : fiber(join, m.distributed ? null : f.vars, running.get(i)));
        return;
      }
      default:
        rerun(f);
    }
  }

  /** Starts the state's outside work again (the attempt counters stay as they were). */
  private static void rerun(Fiber f) {
    Object token = f.await();
    f.resume(token, g -> g.node.execute(g));
  }

  private static List<JsonNode> values(JsonNode a) {
    List<JsonNode> out = new ArrayList<>(a.size());
    for (JsonNode v : a) {
      out.add(v.has("absent") ? null : v.get("value"));
    }
    return out;
  }

  private static String text(JsonNode o, String k) {
    JsonNode v = o.get(k);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Instant instant(JsonNode o, String k) {
    String t = text(o, k);
    return t == null ? null : Instant.parse(t);
  }
}
