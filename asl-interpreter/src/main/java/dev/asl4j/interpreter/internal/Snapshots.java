package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes a quiescent execution as JSON: its identity, clock, randomness and the tree of fibers,
 * each with its state (by JSON Pointer), input, retry counters, variables and {@link Continuation}.
 * {@link Resume} reads it back. Called on the driving thread when nothing of the execution runs.
 */
final class Snapshots {
  static final int VERSION = 1;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Snapshots() {}

  static ObjectNode run(Run r, Fiber root, Instant clockStart, boolean timeoutArmed,
      RunRandom random, boolean historyExceeded) {
    ObjectNode o = F.objectNode();
    o.put("v", VERSION);
    RunIdentity id = r.identity();
    ObjectNode i = o.putObject("id");
    i.put("arn", id.executionArn());
    i.put("name", id.name());
    i.put("role", id.roleArn());
    i.put("start", id.startTime().toString());
    i.put("machineArn", id.stateMachineArn());
    i.put("machineName", id.stateMachineName());
    if (clockStart != null) {
      o.put("clockStart", clockStart.toString());
    }
    o.put("timeoutArmed", timeoutArmed);
    if (random != null) {
      o.put("random", random.state());
    }
    o.put("historyExceeded", historyExceeded);
    if (root != null && !root.finished) {
      o.set("root", fiber(root));
    }
    return o;
  }

  static ObjectNode fiber(Fiber f) {
    ObjectNode o = F.objectNode();
    o.put("graph", f.graph.pointer);
    o.put("index", f.index);
    if (f.node != null) {
      o.put("node", f.node.pointer);
    }
    o.set("input", f.stateInput);
    o.put("retry", f.retryCount);
    if (f.retrierAttempts != null) {
      ArrayNode a = o.putArray("attempts");
      for (int n : f.retrierAttempts) {
        a.add(n);
      }
    }
    o.put("entered", f.enteredEventId);
    o.put("enteredPrev", f.enteredPrev);
    if (f.enteredTime != null) {
      o.put("enteredTime", f.enteredTime.toString());
    }
    o.put("last", f.lastEventId);
    if (f.taskToken != null) {
      o.put("token", f.taskToken);
    }
    if (f.assigned != null) {
      o.set("assigned", f.assigned);
    }
    Map<String, JsonNode> vars = f.vars.own();
    if (!vars.isEmpty()) {
      ObjectNode v = o.putObject("vars");
      vars.forEach(v::set);
    }
    if (f.ownLogSize() >= 0) {
      o.put("ownLog", f.ownLogSize());
    }
    o.set("k", continuation(f.pending));
    return o;
  }

  private static ObjectNode continuation(Object p) {
    ObjectNode k = F.objectNode();
    if (p instanceof Continuation.AfterWait) {
      Continuation.AfterWait w = (Continuation.AfterWait) p;
      k.put("type", "wait");
      k.put("due", w.due().toString());
      k.set("output", w.output());
    } else if (p instanceof Continuation.RetryBackoff) {
      k.put("type", "retry");
      k.put("due", ((Continuation.RetryBackoff) p).due().toString());
    } else if (p instanceof TaskInvocation) {
      TaskInvocation t = (TaskInvocation) p;
      Continuation.AwaitingTask a = t.snapshot();
      k.put("type", "task");
      k.put("callback", a.callbackPending());
      putNullable(k, "token", a.token());
      putNullable(k, "timeoutAt", a.timeoutAt());
      putNullable(k, "heartbeatAt", a.heartbeatAt());
      k.put("heartbeatSeconds", t.heartbeatSeconds());
    } else if (p instanceof ParallelNode.Join) {
      Continuation.JoinOfBranches j = ((ParallelNode.Join) p).snapshot();
      k.put("type", "branches");
      k.set("results", values(j.results()));
      k.set("running", fibers(j.running()));
    } else if (p instanceof MapJoin) {
      Continuation.JoinOfIterations j = ((MapJoin) p).snapshot();
      k.put("type", "iterations");
      k.set("inputs", values(j.inputs()));
      k.put("launched", j.launched());
      k.set("results", values(j.results()));
      ArrayNode fs = k.putArray("failures");
      for (Failure x : j.failures()) {
        if (x == null) {
          fs.addNull();
        } else {
          fs.addObject().put("error", x.error()).put("cause", x.cause())
              .put("heartbeat", x.heartbeat());
        }
      }
      k.set("running", fibers(j.running()));
      putNullable(k, "mapRunArn", j.mapRunArn());
      k.put("maxConcurrency", j.maxConcurrency());
      k.put("toleratedCount", j.toleratedCount());
      k.put("toleratedPercentage", j.toleratedPercentage());
    } else {
      k.put("type", "rerun"); // outside work in flight: started again on resume
    }
    return k;
  }

  private static ArrayNode values(List<JsonNode> vs) {
    ArrayNode a = F.arrayNode(vs.size());
    for (JsonNode v : vs) {
      if (v == null) {
        a.add(F.objectNode().put("absent", true));
      } else {
        a.add(F.objectNode().set("value", v));
      }
    }
    return a;
  }

  private static ArrayNode fibers(List<Fiber> fs) {
    ArrayNode a = F.arrayNode(fs.size());
    for (Fiber c : fs) {
      if (c == null) {
        a.addNull();
      } else {
        a.add(fiber(c));
      }
    }
    return a;
  }

  private static void putNullable(ObjectNode o, String k, Object v) {
    if (v != null) {
      o.put(k, v.toString());
    }
  }
}
