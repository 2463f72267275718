package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.AslError;
import dev.asl4j.interpreter.internal.expr.AslException;
import dev.asl4j.interpreter.internal.expr.Scope;
import dev.asl4j.interpreter.spi.Scheduler;
import java.time.Instant;
import java.util.Map;

/**
 * One thread of control of an execution: the top level, a Parallel branch or a Map iteration. It
 * runs the explicit executor loop ({@link #loop}): each state's step says next / end / fail /
 * suspend, and the loop records history, applies Retry and Catch, and hands the result to its
 * {@link FiberParent}. A suspended fiber holds no thread: a timer or a task completion posts its
 * continuation to the execution's mailbox.
 *
 * <p>All fields are touched only on the execution's driving thread.
 */
final class Fiber implements Scope {
  final Run run;
  final Graph graph;
  final FiberParent parent;
  /** Branch or iteration index; 0 for the top level. */
  final int index;
  final VarScope vars;
  /** A history of its own (distributed Map iterations run like child executions), or null. */
  private final EventLog ownLog;

  Node node;
  /** The raw input of the current state. */
  JsonNode stateInput;
  JsonNode output;
  Node next;
  Failure error;
  /** Variables assigned by the current state, recorded on its exit event. */
  JsonNode assigned;
  long enteredEventId;
  /** The previous event id of the current state's Entered event. */
  long enteredPrev;
  Instant enteredTime;
  /** The id the next event names as its previousEventId. */
  long lastEventId;
  int retryCount;
  /** Attempts per retrier of the current state; reset on transition. */
  int[] retrierAttempts;
  /** Identity of the pending timer or async operation; stale continuations are dropped. */
  Object pending;
  private Scheduler.Cancellable timer;
  /** MapStateFailed / ParallelStateFailed, recorded only once the failure is not retried. */
  EventType failedEvent;
  /** {@code $$.Task.Token} of the current callback task. */
  String taskToken;
  boolean finished;
  ObjectNode context;

  Fiber(Run run, Graph graph, FiberParent parent, int index, VarScope vars, long lastEventId) {
    this(run, graph, parent, index, vars, lastEventId, null);
  }

  Fiber(Run run, Graph graph, FiberParent parent, int index, VarScope vars, long lastEventId,
      EventLog ownLog) {
    this.ownLog = ownLog;
    this.run = run;
    this.graph = graph;
    this.parent = parent;
    this.index = index;
    this.vars = vars;
    this.lastEventId = lastEventId;
  }

  /** Enters the branch's first state and runs until the fiber suspends or ends. */
  void start(JsonNode input) {
    if (finished) {
      return;
    }
    enter(graph.start, input, run.now());
    if (run.othersWaiting()) {
      run.post(this::afterEnter);
      return;
    }
    loop(execNode());
  }

  /** Runs the entered state after yielding to sibling fibers. */
  private void afterEnter() {
    if (!finished) {
      loop(execNode());
    }
  }

  /** Enters {@code n} at {@code time} (the previous state's exit time on a transition). */
  private void enter(Node n, JsonNode in, Instant time) {
    node = n;
    stateInput = in;
    retryCount = 0;
    retrierAttempts = null;
    taskToken = null;
    context = null;
    pending = null;
    assigned = null;
    failedEvent = null;
    enteredTime = time;
    Ev e = new Ev(n.enteredType, lastEventId, enteredTime);
    e.name = n.name;
    e.data = in;
    enteredPrev = lastEventId;
    enteredEventId = record(e);
  }

  /** The executor loop. */
  void loop(Outcome o) {
    for (; ; ) {
      if (finished || run.stopRequested()) {
        return; // a stop() is queued behind this step: it aborts the fiber where it stands
      }
      switch (o) {
        case NEXT:
          if (run.historyExceeded()) {
            run.failHistoryLimit();
            return;
          }
          Instant exited = exitState();
          if (exited == null) {
            o = Outcome.FAIL;
            break;
          }
          if (run.historyExceeded()) {
            run.failHistoryLimit();
            return;
          }
          // One clock reading for both events: the next state is entered as this one exits.
          enter(next, output, exited);
          if (run.othersWaiting()) {
            run.post(this::afterEnter); // siblings enter their states before this one runs
            return;
          }
          if (run.needsCheckpoint()) {
            // Durable: the transition is stored before the next state runs. Nothing else of the
            // execution is running or queued, so the snapshot is consistent; this fiber is saved
            // as "about to run its state".
            run.checkpoint();
            if (run.abandoned()) {
              return;
            }
          }
          o = execNode();
          break;
        case END:
          if (exitState() == null) {
            o = Outcome.FAIL;
            break;
          }
          finished = true;
          parent.childSucceeded(this, output);
          return;
        case FAIL:
          o = Recovery.handle(this);
          if (o == null) {
            finished = true;
            parent.childFailed(this, error);
            return;
          }
          break;
        case SUSPEND:
        default:
          // A parked fiber keeps no Context object (~1 KB); it is rebuilt, equal, on next use.
          context = null;
          run.noteSuspended();
          return;
      }
    }
  }

  private Outcome execNode() {
    try {
      return node.execute(this);
    } catch (AslException e) {
      return fail(e);
    } catch (RuntimeException | StackOverflowError e) {
      return internalError(e);
    }
  }

  /** Runs a continuation the same way {@link #execNode} runs a state. */
  Outcome exec(Step step) {
    try {
      return step.apply(this);
    } catch (AslException e) {
      return fail(e);
    } catch (RuntimeException | StackOverflowError e) {
      return internalError(e);
    }
  }

  /**
   * The one place an unexpected Java exception becomes an ASL error: {@code States.Runtime}, named
   * after the state, so a bug or hostile input fails the execution instead of the host.
   */
  private Outcome internalError(Throwable e) {
    String what = e instanceof StackOverflowError ? "the input is nested too deeply" : e.toString();
    return runtimeError("Internal error: " + what);
  }

  /**
   * Checks the output size and records the state's exit event; returns the exit time, or null
   * when the output is over the payload limit ({@link #error} then says so).
   */
  private Instant exitState() {
    if (!run.withinPayloadLimit(output)) {
      error = Failure.of(ErrorMatcher.DATA_LIMIT, Causes.dataLimit(node.name));
      return null;
    }
    Instant now = run.now();
    Ev e = new Ev(node.exitedType, lastEventId, now);
    e.name = node.name;
    e.data = output;
    e.assigned = assigned;
    record(e);
    return now;
  }

  // ---- helpers for nodes ----

  /** Fails the state with {@code error}/{@code cause} as given. */
  Outcome fail(String errorName, String cause) {
    error = Failure.of(errorName, cause);
    if (Recovery.QUERY_ERROR.equals(errorName)) {
      Recovery.evaluationFailed(this, cause);
    }
    return Outcome.FAIL;
  }

  Outcome fail(Failure f) {
    error = f;
    return Outcome.FAIL;
  }

  Outcome fail(AslException e) {
    AslError err = e.error();
    String cause = e.statePrefixed() ? prefix() + err.cause() : err.cause();
    return fail(err.name(), cause);
  }

  /** {@code States.Runtime} with AWS's "An error occurred while executing the state..." prefix. */
  Outcome runtimeError(String cause) {
    return fail(ErrorMatcher.RUNTIME, prefix() + cause);
  }

  String prefix() {
    return Causes.statePrefix(node.name, enteredEventId);
  }

  /** Appends an event after this fiber's last one and makes it the new last one. */
  long record(Ev e) {
    long id = ownLog != null ? ownLog.add(e) : run.record(e);
    lastEventId = id;
    return id;
  }

  /** A new event of {@code type} following this fiber's last event, not yet recorded. */
  Ev event(EventType type) {
    return new Ev(type, lastEventId, run.now());
  }

  /**
   * Suspends until {@code at}, then continues with {@code then}, which is also the fiber's pending
   * marker (a {@link Continuation} record, so a checkpoint can store the wait).
   */
  void sleepUntil(Instant at, Step then) {
    Object token = then;
    pending = token;
    timer =
        run.schedule(
            at,
            () -> {
              if (finished || pending != token) {
                return;
              }
              pending = null;
              timer = null;
              loop(exec(then));
            },
            true);
  }

  /** Marks a new pending async operation; pass the token to {@link #resume}. */
  Object await() {
    Object token = new Object();
    pending = token;
    return token;
  }

  /** Continues with {@code then} on the driving thread, unless the operation went stale. */
  void resume(Object token, Step then) {
    run.post(
        () -> {
          if (finished || pending != token) {
            return;
          }
          pending = null;
          loop(exec(then));
        });
  }

  /** Resumes inline; only for callers already on the driving thread. */
  void resumeNow(Object token, Step then) {
    if (finished || pending != token) {
      return;
    }
    pending = null;
    loop(exec(then));
  }

  /** Tears the fiber down while it is suspended; records the state's aborted event if any. */
  void abort() {
    if (finished) {
      return;
    }
    finished = true;
    if (timer != null) {
      timer.cancel();
      timer = null;
    }
    if (node != null) {
      EventType t = node.abort(this);
      if (t != null) {
        record(event(t));
      }
    }
    pending = null;
  }

  /** Events in this fiber's own history (distributed Map iterations), or -1 when it has none. */
  int ownLogSize() {
    return ownLog == null ? -1 : ownLog.size();
  }

  /** Rebuilds the Context object on next use (retry count or token changed). */
  void invalidateContext() {
    context = null;
  }

  // ---- Scope ----

  @Override
  public JsonNode contextObject() {
    ObjectNode c = context;
    if (c == null) {
      c = run.contextFor(this);
      context = c;
    }
    return c;
  }

  @Override
  public JsonNode variable(String name) {
    return vars.get(name);
  }

  @Override
  public Map<String, JsonNode> allVariables() {
    return vars.all();
  }
}
