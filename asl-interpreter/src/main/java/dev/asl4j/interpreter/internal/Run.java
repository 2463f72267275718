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
import java.util.SplittableRandom;
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
  private final EventLog log;
  private final Mailbox mailbox = new Mailbox(this);
  private final Timers timers;
  private final CompletableFuture<ExecutionResult> completion = new CompletableFuture<>();
  private final Waiter waiter = new Waiter();
  private final int historyLimit;
  private final int payloadLimit;
  private volatile ExecutionStatus status = ExecutionStatus.RUNNING;
  private volatile ExecutionResult result;
  private SplittableRandom random;
  private Templates templates;
  private Instant clockStart;
  private boolean timeoutArmed;
  private boolean historyExceeded;
  private Fiber root;
  private final ContextObjects context;

  public Run(EngineCore engine, CompiledMachine machine, RunIdentity id, JsonNode input) {
    this.engine = engine;
    this.machine = machine;
    this.id = id;
    this.input = input;
    this.timers = new Timers(this, engine.scheduler());
    this.log = new EventLog(engine.keepHistory());
    this.historyLimit =
        machine.type() == StateMachineType.EXPRESS ? Integer.MAX_VALUE : engine.historyLimit();
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
    post(this::begin);
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
    long n = log.add(e);
    if (!engine.listeners().isEmpty()) {
      notify(e);
    }
    if (n >= historyLimit - 1) {
      historyExceeded = true; // room is left for ExecutionFailed only
    }
    return n;
  }

  boolean historyExceeded() {
    return historyExceeded;
  }

  void failHistoryLimit() {
    root.abort();
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

  SplittableRandom random() {
    if (random == null) {
      random = new SplittableRandom(engine.nextSeed());
    }
    return random;
  }

  /** Template evaluation with this execution's randomness (States.UUID, MathRandom). */
  Templates templates() {
    if (templates == null) {
      templates = new Templates(new Intrinsics(random()));
    }
    return templates;
  }

  Timers timers() {
    return timers;
  }

  dev.asl4j.interpreter.spi.Scheduler.Cancellable schedule(Instant at, Runnable r) {
    Waiter w = waiter;
    dev.asl4j.interpreter.spi.Scheduler.Cancellable c = timers.schedule(at, r);
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
    Duration max = maximumDuration();
    Duration limit = machine.model().timeoutSeconds().map(Duration::ofSeconds).orElse(max);
    if (limit.compareTo(max) > 0) {
      limit = max;
    }
    schedule(clockStart.plus(limit), this::timedOut);
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
      } catch (RuntimeException ignored) {
        // a listener's failure must not change the execution's outcome
      }
    }
  }

  /** Tells listeners that retrier {@code index} of {@code state} retries {@code error}. */
  void noteRetry(String state, int index, String error) {
    for (ExecutionListener l : engine.listeners()) {
      try {
        l.onRetry(this, state, index, error);
      } catch (RuntimeException ignored) {
        // a listener's failure must not change the execution's outcome
      }
    }
  }

  /** Tells listeners that catcher {@code index} of {@code state} caught {@code error}. */
  void noteCatch(String state, int index, String error) {
    for (ExecutionListener l : engine.listeners()) {
      try {
        l.onCatch(this, state, index, error);
      } catch (RuntimeException ignored) {
        // a listener's failure must not change the execution's outcome
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
    if (root != null) {
      root.abort();
    }
    end(ExecutionStatus.FAILED, null, "States.Runtime", "Internal error: " + t);
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
    Ev e = new Ev(type, root == null ? 0 : root.lastEventId, now());
    e.data = output;
    e.error = error;
    e.cause = cause;
    log.add(e);
    if (!engine.listeners().isEmpty()) {
      notify(e);
    }
    timers.cancelAll();
    ExecutionResult r = new ExecutionResult(st, output, error, cause, new LazyHistory(log));
    result = r;
    status = st;
    for (ExecutionListener l : engine.listeners()) {
      try {
        l.onEnd(this, r);
      } catch (RuntimeException ignored) {
        // a listener's failure must not change the execution's outcome
      }
    }
    completion.complete(r);
    waiter.signal();
  }

  private void notify(Ev e) {
    HistoryEvent h = EventLog.materialize(e);
    for (ExecutionListener l : engine.listeners()) {
      try {
        l.onEvent(this, h);
      } catch (RuntimeException ignored) {
        // a listener's failure must not change the execution's outcome
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
    return status;
  }

  @Override
  public Optional<ExecutionResult> result() {
    return Optional.ofNullable(result);
  }

  @Override
  public List<HistoryEvent> history() {
    return log.snapshot();
  }

  @Override
  public CompletionStage<ExecutionResult> completion() {
    return completion.minimalCompletionStage();
  }

  @Override
  public void stop(String error, String cause) {
    post(
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
