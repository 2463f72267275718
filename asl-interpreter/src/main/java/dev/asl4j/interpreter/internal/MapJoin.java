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

  /** This join as a checkpoint stores it. */
  Continuation.JoinOfIterations snapshot() {
    java.util.List<Fiber> run = new java.util.ArrayList<>(children.length);
    for (Fiber c : children) {
      run.add(c != null && !c.finished ? c : null);
    }
    return new Continuation.JoinOfIterations(java.util.Arrays.asList(inputs), next,
        java.util.Arrays.asList(results), java.util.Arrays.asList(failures), run, mapRunArn,
        cfg.maxConcurrency, cfg.toleratedCount, cfg.toleratedPercentage);
  }

  /**
   * Rebuilds the join of a resumed Map state from its checkpoint ({@code k.running()} is not
   * read); {@code iteration} makes the fiber of each iteration that was running, null for others.
   */
  static MapJoin resume(Fiber parent, MapNode node, Continuation.JoinOfIterations k,
      java.util.function.BiFunction<MapJoin, Integer, Fiber> iteration) {
    MapJoin j = new MapJoin(parent, node,
        MapConfig.restored(k.maxConcurrency(), k.toleratedCount(), k.toleratedPercentage()));
    int n = k.inputs().size();
    j.inputs = k.inputs().toArray(new JsonNode[0]);
    j.results = new JsonNode[n];
    j.failures = new Failure[n];
    j.children = new Fiber[n];
    j.next = k.launched();
    j.mapRunArn = k.mapRunArn();
    parent.pending = j;
    for (int i = 0; i < n; i++) {
      j.results[i] = k.results().get(i);
      j.failures[i] = k.failures().get(i);
      if (j.failures[i] != null) {
        j.failed++;
      }
      Fiber c = i < j.next ? iteration.apply(j, i) : null; // null: not running at the checkpoint
      if (c != null) {
        j.children[i] = c;
        j.running++;
      } else if (i < j.next) {
        j.finished++;
      }
    }
    return j;
  }

  Outcome begin(JsonNode[] inputs) {
    this.inputs = inputs;
    this.results = new JsonNode[inputs.length];
    this.failures = new Failure[inputs.length];
    this.children = new Fiber[inputs.length];
    if (inputs.length == 0) {
      recordSuccess();
      return node.finish(parent, JsonNodeFactory.instance.arrayNode());
    }
    parent.pending = this;
    launchMore(parent.lastEventId);
    return Outcome.SUSPEND;
  }

  /**
   * Starts iterations while there is room. {@code cause} is the event that made room (AWS names
   * it as a new MapIterationStarted's previous event: MapStateStarted, or the last event of the
   * iteration that just ended).
   */
  private void launchMore(long cause) {
    long prev = cause;
    // Past the history limit the execution is about to fail: start no more iterations.
    while (running < cfg.maxConcurrency && next < inputs.length && !parent.run.historyExceeded()) {
      prev = launch(next++, prev);
    }
  }

  private long launch(int i, long prev) {
    long started = node.distributed ? 0 : iterationEvent(EventType.MAP_ITERATION_STARTED, i, prev);
    Fiber c = new Fiber(parent.run, node.processor, this, i,
        new VarScope(node.distributed ? null : parent.vars), started,
        node.distributed ? new EventLog(false) : null); // child histories are never read
    children[i] = c;
    running++;
    JsonNode input = inputs[i];
    parent.run.post(() -> c.start(input));
    return node.distributed ? prev : started;
  }

  /** Records a MapIteration* event; the caller decides whether it moves the state's chain. */
  private long iterationEvent(EventType type, int index, long prev) {
    Ev e = new Ev(type, prev, parent.run.now());
    e.name = node.name;
    e.a = index;
    return parent.run.record(e);
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
      parent.lastEventId =
          iterationEvent(EventType.MAP_ITERATION_SUCCEEDED, child.index, child.lastEventId);
    }
    if (finished == inputs.length) {
      complete();
    } else {
      launchMore(node.distributed ? parent.lastEventId : child.lastEventId);
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
      parent.lastEventId = child.lastEventId; // AWS chains what follows to the failed state
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
      launchMore(parent.lastEventId);
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
      parent.resumeNow(this, g -> node.finish(g,
          ResultWriters.write(g, node.state.resultWriter().get(), mapRunArn, entries, in)));
      return;
    }
    ArrayNode arr = JsonNodeFactory.instance.arrayNode(results.length);
    for (JsonNode r : results) {
      if (r != null) {
        arr.add(r);
      }
    }
    parent.resumeNow(this, g -> node.finish(g, arr));
  }

  private void recordSuccess() {
    if (node.distributed) {
      parent.record(parent.event(EventType.MAP_RUN_SUCCEEDED));
    }
    // AWS's MapStateExited names the event before MapStateSucceeded as its previous one.
    parent.run.record(parent.event(EventType.MAP_STATE_SUCCEEDED));
  }

  private void iterationAbortedTask(Fiber child) {
    parent.run.record(new Ev(EventType.TASK_STATE_ABORTED, child.lastEventId, parent.run.now()));
  }

  /** Aborts every running iteration except {@code except}. */
  void abortAll(Fiber except) {
    for (int i = 0; i < children.length; i++) {
      Fiber c = children[i];
      if (c != null && c != except) {
        c.abort();
        children[i] = null;
        if (!node.distributed) {
          parent.lastEventId = iterationEvent(EventType.MAP_ITERATION_ABORTED, i, c.lastEventId);
        }
      }
    }
    next = inputs.length;
  }
}
