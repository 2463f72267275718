package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.interpreter.ExecutionListener;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.HistoryEvent;
import dev.asl4j.interpreter.internal.expr.Intrinsics;
import dev.asl4j.interpreter.internal.expr.Templates;
import dev.asl4j.parser.model.StateMachineType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One execution: its identity, history, mailbox and outcome. The top-level {@link Fiber} reports
 * here when it ends. Everything mutable is touched on the driving thread (see {@link Mailbox}),
 * except the status/result (volatile) and the signal counters used by waiting callers.
 */
public final class Run implements Execution, FiberParent {
  private static final Duration STANDARD_MAX = Duration.ofDays(365);
  private static final Duration EXPRESS_MAX = Duration.ofMinutes(5);

  final EngineCore engine;
  final CompiledMachine machine;
  private final RunIdentity id;
  private final JsonNode input;
  /** The events not yet in the store (durable) or all of them (in memory). */
  private volatile EventLog log;
  /** Null for in-memory executions. */
  private final Durable durable;
  /** The execution stopped advancing here (its lease was lost, or its store failed). */
  private volatile boolean abandoned;
  private RuntimeException startError;
  private final Mailbox mailbox = new Mailbox(this);
  private final Timers timers;
  private final CompletableFuture<ExecutionResult> completion = new CompletableFuture<>();
  private final Waiter waiter = new Waiter();
  private final int historyLimit;
  private final int payloadLimit;
  private volatile ExecutionStatus status = ExecutionStatus.RUNNING;
  private volatile ExecutionResult result;
  private RunRandom random;
  private Templates templates;
  private Instant clockStart;
  private boolean timeoutArmed;
  private boolean historyExceeded;
  private boolean deadlinePassed;
  /** Set at once by {@link #stop}, so a fiber stops before the posted stop gets its turn. */
  private volatile boolean stopRequested;
  private Fiber root;
  private final ContextObjects context;

  public Run(EngineCore engine, CompiledMachine machine, RunIdentity id, JsonNode input) {
    this.engine = engine;
    this.machine = machine;
    this.id = id;
    this.input = input;
    this.timers = new Timers(this, engine.scheduler());
    this.durable = engine.store() == null ? null : new Durable(engine.store(), 1, true);
    // A durable execution holds only its uncommitted events; the store has the others.
    this.log = durable != null ? new EventLog(true) : new EventLog(engine.keepHistory());
    this.historyLimit =
        machine.type() == StateMachineType.EXPRESS
            ? engine.expressEventLimit()
            : engine.historyLimit();
    this.payloadLimit = engine.payloadLimit();
    this.context = new ContextObjects(id, input);
  }

  /** Starts the execution; runs on the calling thread until it first waits or ends. */
  public void start() {
    if (!withinPayloadLimit(input)) {
      // AWS's StartExecution refuses such input outright; no execution is created.
      throw new IllegalArgumentException("the execution input exceeds the payload limit of "
          + payloadLimit + " bytes (AslEngine.Builder.maxPayloadBytes) or is nested too deeply"
          + " to serialize");
    }
    // With the quota on, nothing deeper than Jackson writes gets in: no history or cause could
    // print it (maxPayloadBytes(Integer.MAX_VALUE) turns both checks off).
    if (payloadLimit != Integer.MAX_VALUE && TaskResults.tooDeep(input)) {
      throw new IllegalArgumentException("the execution input nests deeper than "
          + TaskResults.MAX_DEPTH + " levels");
    }
    if (TaskResults.hasNonFinite(input)) { // e.g. 1e999999999 read as a double: no JSON number
      throw new IllegalArgumentException("the execution input holds a number out of JSON's range"
          + " (Infinity or NaN)");
    }
    engine.track(this);
    post(this::begin);
    if (startError != null) {
      throw startError; // the store refused the execution: it did not start
    }
  }

  /** A durable execution resumed from its checkpoint: see {@link #resume}. */
  Run(EngineCore engine, CompiledMachine machine, RunIdentity id, JsonNode input, long fence,
      int events, int redriveCount) {
    this.engine = engine;
    this.machine = machine;
    this.id = id;
    this.input = input;
    this.timers = new Timers(this, engine.scheduler());
    this.durable = new Durable(engine.store(), fence, false);
    this.durable.redriveCount = redriveCount;
    this.log = new EventLog(true, events);
    this.historyLimit =
        machine.type() == StateMachineType.EXPRESS
            ? engine.expressEventLimit()
            : engine.historyLimit();
    this.payloadLimit = engine.payloadLimit();
    this.context = new ContextObjects(id, input);
  }

  /** Rebuilds the fibers from {@code snapshot} and re-arms their waits and the timeout. */
  void resume(JsonNode snapshot) {
    post(() -> {
      clockStart = Instant.parse(snapshot.path("clockStart").asText(id.startTime().toString()));
      if (snapshot.has("random")) {
        random = new RunRandom(snapshot.get("random").asLong());
      }
      historyExceeded = snapshot.path("historyExceeded").asBoolean();
      JsonNode r = snapshot.get("root");
      if (r == null) {
        throw new IllegalStateException("the checkpoint of " + id.executionArn()
            + " has no running branch");
      }
      root = new Resume(this, machine).fiber(this, new VarScope(null), r);
      if (snapshot.path("timeoutArmed").asBoolean()) {
        armTimeout();
      }
    });
  }

  // ---- durability (driving thread) ----

  /** Whether the execution changed since its last checkpoint (never for in-memory ones). */
  boolean needsCheckpoint() {
    return durable != null && durable.dirty && !abandoned;
  }

  /** Something worth storing changed without a new event (a heartbeat moved a deadline). */
  void touch() {
    if (durable != null) {
      durable.dirty = true;
    }
  }

  /**
   * Stores the events since the last checkpoint and the execution's snapshot in one transaction;
   * called by the mailbox when nothing of the execution is left to run. An ended execution's
   * result is published only after this.
   */
  void checkpoint() {
    Durable d = durable;
    d.dirty = false;
    EventLog seg = log;
    ExecutionResult ending = d.ending;
    if (d.inputText == null) {
      d.inputText = input.toString();
    }
    ExecutionStatus st = ending == null ? ExecutionStatus.RUNNING : ending.status();
    dev.asl4j.interpreter.spi.StoredExecution x = new dev.asl4j.interpreter.spi.StoredExecution(
        id.executionArn(), id.name(), id.stateMachineArn(), String.valueOf(machine.definitionId()),
        st, id.startTime(), ending == null ? null : now(), d.inputText,
        ending == null || ending.output() == null ? null : ending.output().toString(),
        ending == null ? null : ending.error(), ending == null ? null : ending.cause(),
        seg.size(), d.redriveCount);
    String state = Snapshots.run(this, root, clockStart, timeoutArmed, random, historyExceeded)
        .toString();
    try {
      d.store.commit(new dev.asl4j.interpreter.spi.Checkpoint(
          x, seg.snapshot(), state, d.first, d.fence));
    } catch (RuntimeException e) {
      abandon(e);
      return;
    }
    d.first = false;
    log = new EventLog(true, seg.size()); // committed events now live in the store only
    if (ending != null) {
      d.ending = null;
      publish(ending);
    }
  }

  /**
   * Stops advancing the execution in this engine without recording anything: another engine
   * holds it now, or its store failed (a restarted engine resumes it from its last checkpoint).
   */
  private void abandon(RuntimeException e) {
    abandoned = true;
    if (durable.first) {
      startError = e;
    }
    org.slf4j.LoggerFactory.getLogger(Run.class).warn(
        "execution {} stops here; it resumes from its last checkpoint: {}", id.executionArn(),
        e.toString());
    if (root != null) {
      root.abort();
    }
    timers.cancelAll();
    engine.forget(this);
    completion.completeExceptionally(e);
    waiter.signal();
  }

  boolean abandoned() {
    return abandoned;
  }

  /** The engine closes: stop advancing here, silently; the store keeps the last checkpoint. */
  public void detach() {
    abandoned = true;
    timers.cancelAll();
    engine.forget(this);
  }

  void checkpointFailed(Throwable t) {
    if (!abandoned) {
      abandon(new IllegalStateException("cannot write the checkpoint: " + t, t));
    }
  }
  private void begin() {
    clockStart = now();
    Ev e = new Ev(EventType.EXECUTION_STARTED, 0, clockStart);
    e.data = input;
    e.extra = id.roleArn();
    record(e);
    root = new Fiber(this, machine.root(), this, 0, new VarScope(null), 0);
    root.start(input);
  }

  // ---- services for fibers and nodes (driving thread) ----

  Instant now() {
    return engine.scheduler().now();
  }

  void post(Runnable r) {
    mailbox.post(r);
  }



  /** Whether a fiber should let others run: AWS interleaves branches state by state. */
  boolean othersWaiting() {
    return mailbox.hasQueued();
  }

  long record(Ev e) {
    if (historyExceeded && log.size() >= historyLimit) {
      // Full: the state the execution was in may record its aborted event, then only the final
      // event follows (aborting a thousand Map iterations must not add a thousand events).
      return log.size();
    }
    if (durable != null) {
      durable.dirty = true;
    }
    long n = log.add(e);
    if (!engine.listeners().isEmpty()) {
      notify(e);
    }
    if (n >= historyLimit - 1) {
      // Room is left for the final event only. Whatever recorded this one (a Retry, Map
      // iterations, Parallel branches...) the execution ends as soon as the current step yields.
      historyExceeded = true;
      mailbox.postFirst(this::failHistoryLimit);
    }
    if ((n & 255) == 0 && !deadlinePassed && clockStart != null
        && !now().isBefore(clockStart.plus(timeLimit()))) {
      // A loop that never waits never arms the timeout timer: check the clock as it runs.
      deadlinePassed = true;
      mailbox.postFirst(this::timedOut);
    }
    return n;
  }

  boolean stopRequested() {
    return stopRequested;
  }

  boolean historyExceeded() {
    return historyExceeded;
  }

  void failHistoryLimit() {
    if (status != ExecutionStatus.RUNNING) {
      return;
    }
    root.abort();
    if (machine.type() == StateMachineType.EXPRESS) {
      // AWS would have ended it after five minutes; this budget stands in for that in virtual time.
      end(ExecutionStatus.TIMED_OUT, null, "States.Timeout", "The EXPRESS execution recorded "
          + historyLimit + " events without ending (AslEngine.Builder.expressEventLimit).");
      return;
    }
    end(ExecutionStatus.FAILED, null, "States.Runtime",
        "The execution reached the maximum number of history events (" + historyLimit + ").");
  }

  /** AWS's maximum execution time: one year (STANDARD) or five minutes (EXPRESS). */
  Duration maximumDuration() {
    return machine.type() == StateMachineType.EXPRESS ? EXPRESS_MAX : STANDARD_MAX;
  }

  boolean withinPayloadLimit(JsonNode v) {
    return payloadLimit == Integer.MAX_VALUE || Payloads.fitsWithin(v, payloadLimit);
  }

  RunRandom random() {
    if (random == null) {
      random = new RunRandom(engine.nextSeed());
    }
    return random;
  }

  /** Template evaluation with this execution's randomness (States.UUID, MathRandom). */
  Templates templates() {
    if (templates == null) {
      templates = new Templates(new Intrinsics(random(), payloadLimit));
    }
    return templates;
  }

  Timers timers() {
    return timers;
  }

  dev.asl4j.interpreter.spi.Scheduler.Cancellable schedule(Instant at, Runnable r) {
    return schedule(at, r, false);
  }

  /** {@code wait}: the timer ends a Wait state or retry back-off rather than a timeout. */
  dev.asl4j.interpreter.spi.Scheduler.Cancellable schedule(Instant at, Runnable r, boolean wait) {
    Waiter w = waiter;
    dev.asl4j.interpreter.spi.Scheduler.Cancellable c = timers.schedule(at, r, wait);
    w.signal();
    return c;
  }

  /** A fiber is about to wait: arm the machine's timeout (only waiting executions can time out). */
  void noteSuspended() {
    context.release(); // parked executions should cost little memory; rebuilt on next use
    if (timeoutArmed || status != ExecutionStatus.RUNNING) {
      return;
    }
    timeoutArmed = true;
    touch();
    armTimeout();
  }

  private void armTimeout() {
    schedule(clockStart.plus(timeLimit()), this::timedOut);
  }

  /** The machine's TimeoutSeconds, at most AWS's 5 minutes (EXPRESS) or one year (STANDARD). */
  private Duration timeLimit() {
    Duration max = maximumDuration();
    Duration limit = machine.model().timeoutSeconds().map(Duration::ofSeconds).orElse(max);
    return limit.compareTo(max) > 0 ? max : limit;
  }

  private void timedOut() {
    if (status != ExecutionStatus.RUNNING) {
      return;
    }
    root.abort();
    end(ExecutionStatus.TIMED_OUT, null, "States.Timeout", null);
  }

  /** Work outside the engine (an async task) is in flight; virtual time must not jump. */
  void beginExternal() {
    waiter.begin();
  }

  void endExternal() {
    waiter.end();
  }

  /** Tells listeners which Choice rule (-1: Default) {@code state} took. */
  void noteChoice(String state, int rule) {
    for (ExecutionListener l : engine.listeners()) {
      try {
        l.onChoice(this, state, rule);
      } catch (Throwable ignored) { // even an Error: a listener must not change the outcome
      }
    }
  }

  /** Tells listeners that retrier {@code index} of {@code state} retries {@code error}. */
  void noteRetry(String state, int index, String error) {
    for (ExecutionListener l : engine.listeners()) {
      try {
        l.onRetry(this, state, index, error);
      } catch (Throwable ignored) { // even an Error: a listener must not change the outcome
      }
    }
  }

  /** Tells listeners that catcher {@code index} of {@code state} caught {@code error}. */
  void noteCatch(String state, int index, String error) {
    for (ExecutionListener l : engine.listeners()) {
      try {
        l.onCatch(this, state, index, error);
      } catch (Throwable ignored) { // even an Error: a listener must not change the outcome
      }
    }
  }

  /** The Context object for the state {@code f} is in. */
  ObjectNode contextFor(Fiber f) {
    return context.forState(f);
  }

  RunIdentity identity() {
    return id;
  }

  // ---- the top-level fiber ends ----

  @Override
  public void childSucceeded(Fiber child, JsonNode output) {
    end(ExecutionStatus.SUCCEEDED, output, null, null);
  }

  @Override
  public void childFailed(Fiber child, Failure failure) {
    end(ExecutionStatus.FAILED, null, failure.error(), failure.cause());
  }

  /** A bug escaped a fiber's own guard: fail the execution rather than the host. */
  void crashed(Throwable t) {
    if (status != ExecutionStatus.RUNNING) {
      return;
    }
    try {
      if (root != null) {
        root.abort();
      }
    } catch (Throwable again) { // e.g. still out of memory: ending the execution matters more
    }
    String what = t instanceof OutOfMemoryError ? "out of memory (" + t + ")" : t.toString();
    end(ExecutionStatus.FAILED, null, "States.Runtime", "Internal error: " + what);
  }

  private void end(ExecutionStatus st, JsonNode output, String error, String cause) {
    if (status != ExecutionStatus.RUNNING) {
      return;
    }
    EventType type;
    switch (st) {
      case SUCCEEDED:
        type = EventType.EXECUTION_SUCCEEDED;
        break;
      case TIMED_OUT:
        type = EventType.EXECUTION_TIMED_OUT;
        break;
      case ABORTED:
        type = EventType.EXECUTION_ABORTED;
        break;
      default:
        type = EventType.EXECUTION_FAILED;
        break;
    }
    try {
      Ev e = new Ev(type, root == null ? 0 : root.lastEventId, now());
      e.data = output;
      e.error = error;
      e.cause = cause;
      if (durable != null) {
        durable.dirty = true;
      }
      log.add(e);
      if (!engine.listeners().isEmpty()) {
        notify(e);
      }
      timers.cancelAll();
    } catch (Throwable t) { // even out of memory, the execution ends and its waiters learn how
      if (durable == null) {
        status = st;
        publish(new ExecutionResult(st, output, error, cause, new LazyHistory(log)));
      }
      throw t;
    }
    status = st;
    if (durable != null) {
      durable.dirty = true;
      durable.ending = new ExecutionResult(st, output, error, cause, new LazyHistory(this));
      return; // published once stored: see checkpoint()
    }
    publish(new ExecutionResult(st, output, error, cause, new LazyHistory(log)));
  }

  private void publish(ExecutionResult r) {
    result = r;
    try {
      engine.forget(this);
      for (ExecutionListener l : engine.listeners()) {
        try {
          l.onEnd(this, r);
        } catch (Throwable ignored) { // even an Error: a listener must not change the outcome
        }
      }
    } finally {
      completion.complete(r);
      waiter.signal();
    }
  }

  private void notify(Ev e) {
    HistoryEvent h = EventLog.materialize(e);
    for (ExecutionListener l : engine.listeners()) {
      try {
        l.onEvent(this, h);
      } catch (Throwable ignored) { // even an Error: a listener must not change the outcome
      }
    }
  }

  // ---- Execution ----

  @Override
  public String executionArn() {
    return id.executionArn();
  }

  @Override
  public String name() {
    return id.name();
  }

  @Override
  public JsonNode input() {
    return input;
  }

  @Override
  public Instant startTime() {
    return id.startTime();
  }

  @Override
  public ExecutionStatus status() {
    ExecutionResult r = result; // a durable execution shows its end once that is stored
    return r == null ? ExecutionStatus.RUNNING : r.status();
  }

  @Override
  public Optional<ExecutionResult> result() {
    return Optional.ofNullable(result);
  }

  @Override
  public List<HistoryEvent> history() {
    if (durable == null) {
      return log.snapshot();
    }
    for (int tries = 0; ; tries++) { // the stored part first, then what is not committed yet
      EventLog seg = log;
      List<HistoryEvent> out = new java.util.ArrayList<>(
          durable.store.history(id.executionArn(), 0, seg.base()));
      if (out.size() < seg.base() && tries < 3) {
        continue; // a checkpoint was being written; read again
      }
      out.addAll(seg.snapshot());
      return out;
    }
  }

  /** The store holding this execution, or null. */
  dev.asl4j.interpreter.spi.ExecutionStore store() {
    return durable == null ? null : durable.store;
  }

  @Override
  public CompletionStage<ExecutionResult> completion() {
    return completion.minimalCompletionStage();
  }

  @Override
  public void stop(String error, String cause) {
    stopRequested = true;
    mailbox.postFirst(
        () -> {
          if (status != ExecutionStatus.RUNNING) {
            return;
          }
          if (root != null) {
            root.abort();
          }
          end(ExecutionStatus.ABORTED, null, error, cause);
        });
  }

  @Override
  public ExecutionResult awaitResult(Duration timeout) {
    waiter.drive(this, engine.scheduler(), timeout);
    ExecutionResult r = result;
    if (r == null) {
      throw new IllegalStateException(
          "execution " + id.name() + " is still RUNNING after " + timeout);
    }
    return r;
  }

  /** Runs to the end, advancing virtual time as needed; blocks without limit on real time. */
  public ExecutionResult awaitForever() {
    waiter.drive(this, engine.scheduler(), null);
    return result;
  }

  boolean isDone() {
    return result != null;
  }
}
