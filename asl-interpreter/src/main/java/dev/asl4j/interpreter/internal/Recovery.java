package dev.asl4j.interpreter.internal;

import java.time.Duration;

/**
 * What happens when a state fails: AWS's Retry rules (the first retrier whose ErrorEquals matches
 * decides; back-off on a timer, no new StateEntered event), then Catch (the Error Output placed at
 * the Catcher's ResultPath, or its JSONata Output), else the failure leaves the branch. Also the
 * EvaluationFailed event AWS records for JSONata errors.
 */
final class Recovery {
  private Recovery() {}

  /** The outcome after {@code f.error}: SUSPEND (retrying), NEXT (caught) or null (unhandled). */
  static Outcome handle(Fiber f) {
    Node n = f.node;
    Failure err = f.error;
    RetryRule[] rs = n.retriers;
    for (int i = 0; i < rs.length; i++) {
      if (ErrorMatcher.matches(rs[i].errorEquals, err)) {
        if (f.retrierAttempts == null) {
          f.retrierAttempts = new int[rs.length];
        }
        if (f.retrierAttempts[i] >= rs[i].maxAttempts) {
          break; // the first matching retrier decides; exhausted means go on to Catch
        }
        f.failedEvent = null; // AWS records the state's failure only when it is not retried
        Duration d = rs[i].delay(f.retrierAttempts[i], f.run.random());
        f.retrierAttempts[i]++;
        f.retryCount++;
        f.run.noteRetry(n.name, i, err.error());
        f.context = null;
        f.taskToken = null;
        java.time.Instant due = f.run.now().plus(d);
        f.sleepUntil(due, new Continuation.RetryBackoff(due));
        return Outcome.SUSPEND;
      }
    }
    if (f.failedEvent != null) {
      f.record(f.event(f.failedEvent));
      f.failedEvent = null;
    }
    for (int i = 0; i < n.catchers.length; i++) {
      CatchRule c = n.catchers[i];
      if (ErrorMatcher.matches(c.errorEquals, err)) {
        f.run.noteCatch(n.name, i, err.error());
        Outcome o = f.exec(g -> DataFlow.caught(g, c, err));
        if (o == Outcome.NEXT) {
          f.next = c.next;
        }
        // A Catcher whose own ResultPath fails ends the branch with that new error.
        return o == Outcome.FAIL ? null : o;
      }
    }
    return null;
  }

  static final String QUERY_ERROR = "States.QueryEvaluationError";
  private static final java.util.regex.Pattern FIELD =
      java.util.regex.Pattern.compile("specified for the field '([^']*)'");

  /** AWS records a JSONata failure as EvaluationFailed (and a Map as MapStateFailed) first. */
  static void evaluationFailed(Fiber f, String cause) {
    // AWS names the state's own previous event when an expression fails as the state starts; a
    // Wait whose Timestamp evaluated but does not parse chains to WaitStateEntered (recorded).
    long prev = f.node.kind == dev.asl4j.parser.model.StateKind.WAIT ? f.lastEventId : f.enteredPrev;
    Ev e = new Ev(EventType.EVALUATION_FAILED, prev, f.run.now());
    e.error = QUERY_ERROR;
    e.cause = cause;
    e.name = f.node.name;
    java.util.regex.Matcher m = cause == null ? null : FIELD.matcher(cause);
    if (m != null && m.find()) {
      e.extra = m.group(1);
    } else if (cause != null && cause.contains("The Timestamp field")) {
      e.extra = "Timestamp";
    }
    f.record(e);
    if (f.node.kind == dev.asl4j.parser.model.StateKind.MAP) {
      f.record(f.event(EventType.MAP_STATE_FAILED));
    }
  }
}
