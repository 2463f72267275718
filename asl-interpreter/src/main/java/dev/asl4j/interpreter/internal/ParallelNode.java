package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.ParallelState;
import dev.asl4j.parser.model.StateKind;
import java.util.List;

/**
 * {@code Parallel}: runs every branch as a child fiber on the same input; the result is the array
 * of branch outputs in branch order. The first branch to fail aborts the others and fails the
 * state with that branch's error (as AWS does).
 */
final class ParallelNode extends ResultNode {
  private final ParallelState state;
  final Graph[] branches;
  private final Template parameters;

  ParallelNode(ParallelState s, List<Graph> branches) {
    super(s, s.resultSelector(), s.resultPath(),
        EventType.PARALLEL_STATE_ENTERED, EventType.PARALLEL_STATE_EXITED);
    this.state = s;
    this.branches = branches.toArray(new Graph[0]);
    this.parameters = (jsonata ? s.arguments() : s.parameters()).orElse(null);
  }

  @Override
  Outcome execute(Fiber f) {
    JsonNode raw = f.stateInput;
    JsonNode input =
        jsonata
            ? JsonataFlow.arguments(f, parameters, raw)
            : DataFlow.template(parameters, DataFlow.select(inputPath, raw, f), f);
    f.record(f.event(EventType.PARALLEL_STATE_STARTED));
    Join j = new Join(f, branches.length);
    f.pending = j;
    for (int i = 0; i < branches.length; i++) {
      Fiber c = new Fiber(f.run, branches[i], j, i, new VarScope(f.vars), f.lastEventId);
      j.children[i] = c;
      f.run.post(() -> c.start(input));
    }
    return Outcome.SUSPEND;
  }

  @Override
  EventType abort(Fiber f) {
    if (f.pending instanceof Join) {
      for (Fiber c : ((Join) f.pending).children) {
        if (c != null) { // null: a branch that had finished before a restart
          c.abort();
        }
      }
    }
    return EventType.PARALLEL_STATE_ABORTED;
  }

  /** Rebuilds the join of a resumed Parallel state; {@code branch} makes each running branch. */
  Join resume(Fiber f, java.util.List<JsonNode> results,
      java.util.function.BiFunction<Join, Integer, Fiber> branch) {
    Join j = new Join(f, branches.length);
    f.pending = j;
    for (int i = 0; i < branches.length; i++) {
      if (results.get(i) != null) {
        j.results[i] = results.get(i);
        j.remaining--;
      } else {
        j.children[i] = branch.apply(j, i);
      }
    }
    return j;
  }

  /** A Parallel state waiting for its branches. */
  final class Join implements FiberParent {
    final Fiber parent;
    final Fiber[] children;
    final JsonNode[] results;
    int remaining;

    Join(Fiber parent, int n) {
      this.parent = parent;
      this.children = new Fiber[n];
      this.results = new JsonNode[n];
      this.remaining = n;
    }

    /** This join as a checkpoint stores it: finished branches' outputs, running branches. */
    Continuation.JoinOfBranches snapshot() {
      java.util.List<JsonNode> rs = new java.util.ArrayList<>(results.length);
      java.util.List<Fiber> run = new java.util.ArrayList<>(results.length);
      for (int i = 0; i < results.length; i++) {
        boolean done = results[i] != null;
        rs.add(done ? results[i] : null);
        run.add(done ? null : children[i]);
      }
      return new Continuation.JoinOfBranches(rs, run);
    }

    @Override
    public void childSucceeded(Fiber child, JsonNode output) {
      if (parent.pending != this) {
        return;
      }
      results[child.index] = output;
      parent.lastEventId = child.lastEventId;
      if (--remaining == 0) {
        ArrayNode arr = JsonNodeFactory.instance.arrayNode(results.length);
        for (JsonNode r : results) {
          arr.add(r);
        }
        parent.resumeNow(this, g -> finish(g, arr));
      }
    }

    @Override
    public void childFailed(Fiber child, Failure failure) {
      if (parent.pending != this) {
        return;
      }
      if (child.node != null && child.node.kind == StateKind.TASK) {
        // As AWS records it; the branch's chain stays on the failure itself.
        parent.run.record(new Ev(EventType.TASK_STATE_ABORTED, child.lastEventId, parent.run.now()));
      }
      for (Fiber c : children) {
        if (c != null && c != child) {
          c.abort();
        }
      }
      parent.lastEventId = child.lastEventId;
      parent.failedEvent = EventType.PARALLEL_STATE_FAILED;
      parent.resumeNow(this, g -> g.fail(failure));
    }
  }
}
