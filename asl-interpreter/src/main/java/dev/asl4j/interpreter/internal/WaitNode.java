package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.WaitState;
import java.time.Instant;

/**
 * {@code Wait}: parks the fiber on a timer until Seconds / Timestamp (or their Path forms) is
 * reached. Bad path values fail with AWS's own cause texts.
 */
final class WaitNode extends Node {
  private final WaitState state;
  private final Template seconds;
  private final Template timestamp;

  WaitNode(WaitState s) {
    super(s, EventType.WAIT_STATE_ENTERED, EventType.WAIT_STATE_EXITED);
    this.state = s;
    this.seconds = s.seconds().orElse(null);
    this.timestamp = s.timestamp().orElse(null);
  }

  @Override
  Outcome execute(Fiber f) {
    if (jsonata) {
      return JsonataFlow.waitState(f, state);
    }
    JsonNode in = DataFlow.select(inputPath, f.stateInput, f);
    Instant due;
    if (seconds != null) {
      if (seconds instanceof Template.PathValue) {
        Path p = ((Template.PathValue) seconds).path();
        JsonNode v = Exprs.readOrNull(p, in, f);
        if (v == null) {
          return f.runtimeError(
              "The SecondsPath parameter does not reference an input value: " + p.text());
        }
        Long whole = Seconds.whole(v); // 1e300 is no long either
        if (whole == null) {
          return f.runtimeError(
              "The SecondsPath parameter cannot be parsed as a long value: "
                  + p.text() + " == " + text(v));
        }
        long s = whole;
        if (s < 0) {
          return f.runtimeError(
              "The SecondsPath parameter references a negative value: " + p.text() + " == " + s);
        }
        due = Seconds.after(f.enteredTime, s);
      } else {
        due = Seconds.after(f.enteredTime, DataFlow.template(seconds, in, f).asLong());
      }
    } else if (timestamp instanceof Template.PathValue) {
      Path p = ((Template.PathValue) timestamp).path();
      JsonNode v = Exprs.readOrNull(p, in, f);
      if (v == null) {
        return f.runtimeError(
            "The TimestampPath parameter does not reference an input value: " + p.text());
      }
      due = v.isTextual() ? Exprs.parseTimestamp(v.textValue()) : null;
      if (due == null || beyondMaximum(f, due)) {
        return f.runtimeError(
            "The TimestampPath parameter does not reference a valid ISO-8601 extended offset"
                + " date-time format string: " + p.text() + " == " + text(v));
      }
    } else {
      String t = DataFlow.template(timestamp, in, f).asText();
      due = Exprs.parseTimestamp(t);
      if (due == null || beyondMaximum(f, due)) {
        return f.runtimeError(
            "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format"
                + " string: " + t);
      }
    }
    JsonNode out = DataFlow.select(outputPath, in, f);
    Assignments.assign(f, state.common().assign().orElse(null), in);
    f.sleepUntil(due, new Continuation.AfterWait(due, out));
    return Outcome.SUSPEND;
  }

  /**
   * Whether a Timestamp lies beyond the longest wait AWS accepts (one year for STANDARD, five
   * minutes for EXPRESS workflows, the maximum execution time): AWS fails such a Wait at once
   * with States.Runtime instead of letting the execution run into its timeout.
   */
  static boolean beyondMaximum(Fiber f, Instant due) {
    return due.isAfter(f.enteredTime.plus(f.run.maximumDuration()));
  }

  static String text(JsonNode v) {
    return v.isTextual() ? v.textValue() : v.toString();
  }

  @Override
  EventType abort(Fiber f) {
    return EventType.WAIT_STATE_ABORTED;
  }
}
