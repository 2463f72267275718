package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Runs a Map state's iterations as child fibers, at most MaxConcurrency at a time, in index order,
 * and collects their results in input order. Inline iterations record {@code MapIteration*}
 * events in the execution's history; distributed ones run like child executions with a history of
 * their own. A failure beyond the tolerance aborts the running iterations and fails the state.
 */
final class MapJoin implements FiberParent {
  static final String EXCEEDED = "States.ExceedToleratedFailureThreshold";

  private final Fiber parent;
  private final MapNode node;
  private final MapConfig cfg;
  private JsonNode[] inputs;
  private JsonNode[] results;
  private Failure[] failures;
  /** The Map Run of a distributed map, for the ResultWriter; null inline. */
  String mapRunArn;
  private Fiber[] children;
  private int next;
  private int running;
  private int finished;
  private int failed;

  MapJoin(Fiber parent, MapNode node, MapConfig cfg) {
    this.parent = parent;
    this.node = node;
    this.cfg = cfg;
  }

  Outcome begin(JsonNode[] inputs) {
    this.inputs = inputs;
    this.results = new JsonNode[inputs.length];
    this.failures = new Failure[inputs.length];
    this.children = new Fiber[inputs.length];
    if (inputs.length == 0) {
      recordSuccess();
      return node.succeeded(parent, JsonNodeFactory.instance.arrayNode());
    }
    parent.pending = this;
    launchMore();
    return Outcome.SUSPEND;
  }

  private void launchMore() {
    while (running < cfg.maxConcurrency && next < inputs.length) {
      launch(next++);
    }
  }

  private void launch(int i) {
    if (!node.distributed) {
      iterationEvent(EventType.MAP_ITERATION_STARTED, i, parent.lastEventId);
    }
    Fiber c = new Fiber(parent.run, node.processor, this, i,
        new VarScope(node.distributed ? null : parent.vars),
        node.distributed ? 0 : parent.lastEventId,
        node.distributed ? new EventLog() : null);
    children[i] = c;
    running++;
    JsonNode input = inputs[i];
    parent.run.post(() -> c.start(input));
  }

  private void iterationEvent(EventType type, int index, long prev) {
    Ev e = new Ev(type, prev, parent.run.now());
    e.name = node.name;
    e.a = index;
    parent.lastEventId = parent.run.record(e);
  }

  @Override
  public void childSucceeded(Fiber child, JsonNode output) {
    if (parent.pending != this) {
      return;
    }
    children[child.index] = null;
    running--;
    finished++;
    results[child.index] = output;
    if (!node.distributed) {
      iterationEvent(EventType.MAP_ITERATION_SUCCEEDED, child.index, child.lastEventId);
    }
    if (finished == inputs.length) {
      complete();
    } else {
      launchMore();
    }
  }

  @Override
  public void childFailed(Fiber child, Failure failure) {
    if (parent.pending != this) {
      return;
    }
    children[child.index] = null;
    running--;
    finished++;
    failed++;
    failures[child.index] = failure;
    if (!node.distributed) {
      iterationEvent(EventType.MAP_ITERATION_FAILED, child.index, child.lastEventId);
    }
    if (cfg.breached(failed, inputs.length)) {
      if (!node.distributed && child.node != null
          && child.node.kind == dev.asl4j.parser.model.StateKind.TASK) {
        iterationAbortedTask(child); // AWS also marks the failing Task state aborted
      }
      abortAll(child);
      // Without a declared tolerance the first failure fails the state with its own error.
      Failure f =
          cfg.tolerates()
              ? Failure.of(EXCEEDED, "The specified tolerated failure threshold was exceeded")
              : failure;
      if (node.distributed) {
        Ev e = parent.event(EventType.MAP_RUN_FAILED);
        e.error = f.error();
        e.cause = f.cause();
        parent.record(e);
      }
      parent.failedEvent = EventType.MAP_STATE_FAILED;
      Failure result = f;
      parent.resumeNow(this, g -> g.fail(result));
    } else if (finished == inputs.length) {
      complete();
    } else {
      launchMore();
    }
  }

  private void complete() {
    recordSuccess();
    if (node.distributed && node.state.resultWriter().isPresent()) {
      ResultWriters.Entry[] entries = new ResultWriters.Entry[inputs.length];
      for (int i = 0; i < entries.length; i++) {
        entries[i] = new ResultWriters.Entry(i, inputs[i], results[i], failures[i]);
      }
      JsonNode in = parent.stateInput;
      parent.resumeNow(this, g -> node.succeeded(g,
          ResultWriters.write(g, node.state.resultWriter().get(), mapRunArn, entries, in)));
      return;
    }
    ArrayNode arr = JsonNodeFactory.instance.arrayNode(results.length);
    for (JsonNode r : results) {
      if (r != null) {
        arr.add(r);
      }
    }
    parent.resumeNow(this, g -> node.succeeded(g, arr));
  }

  private void recordSuccess() {
    if (node.distributed) {
      parent.record(parent.event(EventType.MAP_RUN_SUCCEEDED));
    }
    parent.record(parent.event(EventType.MAP_STATE_SUCCEEDED));
  }

  private void iterationAbortedTask(Fiber child) {
    Ev e = new Ev(EventType.TASK_STATE_ABORTED, parent.lastEventId, parent.run.now());
    parent.lastEventId = parent.run.record(e);
  }

  /** Aborts every running iteration except {@code except}. */
  void abortAll(Fiber except) {
    for (int i = 0; i < children.length; i++) {
      Fiber c = children[i];
      if (c != null && c != except) {
        c.abort();
        children[i] = null;
        if (!node.distributed) {
          iterationEvent(EventType.MAP_ITERATION_ABORTED, i, c.lastEventId);
        }
      }
    }
    next = inputs.length;
  }
}
