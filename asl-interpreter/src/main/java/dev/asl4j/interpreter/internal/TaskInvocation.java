package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.interpreter.spi.Scheduler;
import dev.asl4j.interpreter.spi.TaskCallback;
import dev.asl4j.interpreter.spi.TaskFailedException;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One attempt of a Task: schedules and starts it (recording the resource's events), waits for the
 * handler, the callback token, or an activity worker, and for the timeout and heartbeat timers.
 * While waiting it is the fiber's {@code pending} marker, so late or duplicate completions are
 * ignored. Callback methods may be called from any thread; they post to the mailbox.
 */
final class TaskInvocation implements TokenRegistry.Waiter {
  private final TaskNode node;
  private final Fiber f;
  private final TaskResource res;
  private final JsonNode params;
  private final JsonNode credentials;
  private final String token;
  private final long timeout;
  private final long heartbeat;
  private final TaskHandler handler;
  private Scheduler.Cancellable timeoutTimer;
  private Scheduler.Cancellable heartbeatTimer;
  /** When the timers run out (kept for checkpoints), or null. */
  private java.time.Instant timeoutAt;
  private java.time.Instant heartbeatAt;
  /** The resource accepted the call; only a callback (or a timer) ends the attempt now. */
  private boolean callbackPending;
  /** The handler's run on the engine's handler pool, or null when it runs inline or async. */
  private HandlerPool.Call call;

  TaskInvocation(TaskNode node, Fiber f, JsonNode params, JsonNode credentials, String token,
      long timeout, long heartbeat, TaskHandler handler) {
    this.node = node;
    this.f = f;
    this.res = node.resource;
    this.params = params;
    this.credentials = credentials;
    this.token = token;
    this.timeout = timeout;
    this.heartbeat = heartbeat;
    this.handler = handler;
  }

  Outcome start() {
    Run run = f.run;
    f.pending = this;
    TaskEvents.scheduled(f, res, params, timeout, heartbeat);
    if (timeout > 0) {
      timeoutAt = Seconds.after(f.run.now(), timeout);
      timeoutTimer = run.schedule(timeoutAt, () -> expire(false));
    }
    armHeartbeat();
    if (token != null) {
      run.engine.tokens().register(token, this);
    }
    if (handler == null) { // an activity waiting for a worker's poll
      run.engine.activities().enqueue(res.arn,
          new ActivityRegistry.Scheduled(token, params, this::workerStarted));
      return Outcome.SUSPEND;
    }
    TaskEvents.started(f, res, null);
    CompletionStage<JsonNode> stage;
    HandlerPool pool = run.engine.handlerPool();
    if (pool.offThread(handler)) {
      call = pool.submit(handler, request());
      stage = call.result();
    } else {
      try {
        stage = handler.handleAsync(request());
      } catch (RuntimeException | StackOverflowError e) { // the handler's fault, not the input's
        stage = CompletableFuture.failedFuture(e);
      }
    }
    if (stage == null) { // a broken handler: fail the task, as TaskHandler.async does
      stage = CompletableFuture.failedFuture(new NullPointerException("handler returned no stage"));
    }
    if (TaskHandler.isHanging(stage)) {
      return Outcome.SUSPEND; // only a timer can end it
    }
    CompletableFuture<JsonNode> cf = stage.toCompletableFuture();
    if (cf.isDone()) {
      return handlerDone(value(cf), failure(cf));
    }
    // A child execution of this engine waits on our own timers: it is not outside work.
    boolean external = !(stage instanceof ChildExecutionHandler.InternalFuture);
    if (external) {
      run.beginExternal();
    }
    AtomicBoolean once = new AtomicBoolean();
    stage.whenComplete(
        (v, e) -> {
          if (!once.compareAndSet(false, true)) {
            return; // a broken stage calling back twice must not end the wait twice
          }
          try {
            run.post(() -> f.resumeNow(this, g -> handlerDone(v, e)));
          } finally {
            if (external) {
              run.endExternal();
            }
          }
        });
    return Outcome.SUSPEND;
  }

  /** This attempt as a checkpoint stores it. */
  Continuation.AwaitingTask snapshot() {
    return new Continuation.AwaitingTask(callbackPending, token, timeoutAt, heartbeatAt);
  }

  /** How many seconds a heartbeat extends the attempt by; -1 when not set. */
  long heartbeatSeconds() {
    return heartbeat;
  }

  /**
   * Resumes a stored attempt whose resource had accepted the call: the token is accepted again and
   * the timers run out at their stored instants (at once when those have passed).
   */
  static void resumeCallback(TaskNode node, Fiber f, Continuation.AwaitingTask k, long heartbeat) {
    TaskInvocation t = new TaskInvocation(node, f, null, null, k.token(), -1, heartbeat,
        RESUMED);
    f.pending = t;
    t.callbackPending = true;
    if (k.timeoutAt() != null) {
      t.timeoutAt = k.timeoutAt();
      t.timeoutTimer = f.run.schedule(t.timeoutAt, () -> t.expire(false));
    }
    if (k.heartbeatAt() != null) {
      t.heartbeatAt = k.heartbeatAt();
      t.heartbeatTimer = f.run.schedule(t.heartbeatAt, () -> t.expire(true));
    }
    if (k.token() != null) {
      f.run.engine.tokens().register(k.token(), t);
    }
  }

  /** Stands in for the handler of a resumed callback attempt: it is never called again. */
  private static final TaskHandler RESUMED = req -> {
    throw new IllegalStateException("a resumed callback task is not invoked again");
  };

  private TaskRequest request() {
    TaskCallback cb = token == null ? null : new Callback();
    return new TaskRequest(node.name, res.arn, params, Optional.ofNullable(token), f.retryCount,
        f.contextObject(),
        timeout > 0 ? Optional.of(Duration.ofSeconds(timeout)) : Optional.empty(),
        heartbeat > 0 ? Optional.of(Duration.ofSeconds(heartbeat)) : Optional.empty(),
        Optional.ofNullable(credentials), Optional.ofNullable(cb));
  }

  private Outcome handlerDone(JsonNode value, Throwable error) {
    if (error != null) {
      if (res.pattern == TaskResource.Pattern.SYNC) {
        TaskEvents.submitted(f, res, JsonNodeFactory.instance.objectNode()); // the job did start
      }
      return failed(error);
    }
    if (res.pattern == TaskResource.Pattern.TOKEN) {
      TaskEvents.submitted(f, res, value);
      f.pending = this;
      callbackPending = true;
      return Outcome.SUSPEND; // now the callback decides
    }
    if (res.pattern == TaskResource.Pattern.SYNC) {
      // The handler answers with the job's final result; AWS first records the start call.
      TaskEvents.submitted(f, res, JsonNodeFactory.instance.objectNode());
    }
    return succeeded(value);
  }

  private Outcome succeeded(JsonNode result) {
    stopTimers();
    if (token != null) {
      f.run.engine.tokens().release(token);
    }
    if (result == null || result.isMissingNode()) { // MissingNode is no JSON value
      result = com.fasterxml.jackson.databind.node.NullNode.getInstance();
    }
    try {
      result = TaskResults.plain(result);
    } catch (IllegalArgumentException notJson) {
      TaskEvents.failed(f, res, ErrorMatcher.TASK_FAILED, notJson.getMessage());
      return f.fail(ErrorMatcher.TASK_FAILED, notJson.getMessage());
    }
    if (!f.run.withinPayloadLimit(result)) {
      String cause = Causes.dataLimit(res.limitName());
      TaskEvents.failed(f, res, ErrorMatcher.DATA_LIMIT, cause);
      return f.fail(ErrorMatcher.DATA_LIMIT, cause);
    }
    TaskEvents.succeeded(f, res, result);
    return node.finish(f, result);
  }

  private Outcome failed(Throwable t) {
    Throwable e = t;
    while ((e instanceof CompletionException || e instanceof ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof TaskFailedException) {
      TaskFailedException tf = (TaskFailedException) e;
      return failed(tf.error(), tf.errorCause());
    }
    // A handler bug, not a modelled failure: the task fails as States.TaskFailed, and the cause
    // keeps the exception's class and message so the failure can be traced.
    return failed(ErrorMatcher.TASK_FAILED, String.valueOf(e));
  }

  private Outcome failed(String error, String cause) {
    stopTimers();
    if (token != null) {
      f.run.engine.tokens().release(token);
    }
    TaskEvents.failed(f, res, error, cause);
    return f.fail(error, cause);
  }

  private void expire(boolean heartbeatExpired) {
    if (f.finished || f.pending != this) {
      return;
    }
    if (token != null && !f.run.engine.tokens().expire(token, this)) {
      return; // a callback claimed the token first; its completion is queued behind this timer
    }
    f.resumeNow(this, g -> {
      stopTimers();
      cancelCall();
      if (handler == null) {
        f.run.engine.activities().withdraw(res.arn, token);
      }
      TaskEvents.timedOut(f, res);
      return f.fail(new Failure(ErrorMatcher.TIMEOUT, null, heartbeatExpired));
    });
  }

  private void armHeartbeat() {
    if (heartbeat > 0) {
      heartbeatAt = Seconds.after(f.run.now(), heartbeat);
      heartbeatTimer = f.run.schedule(heartbeatAt, () -> expire(true));
    }
  }

  private void stopTimers() {
    if (timeoutTimer != null) {
      timeoutTimer.cancel();
      timeoutTimer = null;
    }
    if (heartbeatTimer != null) {
      heartbeatTimer.cancel();
      heartbeatTimer = null;
    }
  }

  /** The fiber is aborted: stop waiting and forget the token. */
  void cancel() {
    stopTimers();
    cancelCall();
    if (handler instanceof ChildExecutionHandler) {
      ((ChildExecutionHandler) handler).stop();
    }
    if (token != null) {
      f.run.engine.tokens().release(token);
    }
    if (handler == null) {
      f.run.engine.activities().withdraw(res.arn, token);
    }
  }

  private void cancelCall() {
    if (call != null) {
      call.cancel();
      call = null;
    }
  }

  private void workerStarted(String workerName) {
    f.run.post(() -> {
      if (f.pending == this && !f.finished) {
        TaskEvents.started(f, res, workerName);
      }
    });
  }

  // ---- callbacks (any thread) ----

  @Override
  public void success(JsonNode output) {
    f.run.post(() -> f.resumeNow(this, g -> succeeded(output)));
  }

  @Override
  public void failure(String error, String cause) {
    f.run.post(() -> f.resumeNow(this, g -> failed(error, cause)));
  }

  @Override
  public void heartbeat() {
    f.run.post(() -> {
      if (f.pending == this && !f.finished && heartbeatTimer != null) {
        heartbeatTimer.cancel();
        armHeartbeat();
        f.run.touch(); // the new deadline belongs in the next checkpoint
      }
    });
  }

  private static JsonNode value(CompletableFuture<JsonNode> cf) {
    return cf.isCompletedExceptionally() ? null : cf.getNow(null);
  }

  private static Throwable failure(CompletableFuture<JsonNode> cf) {
    if (!cf.isCompletedExceptionally()) {
      return null;
    }
    try {
      cf.join();
      return null;
    } catch (CompletionException | java.util.concurrent.CancellationException e) {
      return e;
    }
  }

  private final class Callback implements TaskCallback {
    @Override
    public String token() {
      return token;
    }

    @Override
    public void success(JsonNode output) {
      f.run.engine.tokens().success(token, output);
    }

    @Override
    public void failure(String error, String cause) {
      f.run.engine.tokens().failure(token, error, cause);
    }

    @Override
    public void heartbeat() {
      f.run.engine.tokens().heartbeat(token);
    }
  }
}
