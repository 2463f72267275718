package dev.asl4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.interpreter.ExecutionListener;
import dev.asl4j.interpreter.HistoryEvent;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code asl run --trace}: one line per state entered and exited (with the time it took), per
 * error and per retry, on standard error, so the path is readable without the history JSON.
 * Times are offsets from the execution's start, in the run's (virtual or real) time.
 *
 * <pre>
 * +0.000s    enter ProcessPayment (Task)
 * +0.000s    error ProcessPayment Gateway.Timeout: slow
 * +0.000s    retry ProcessPayment Retry[0] on Gateway.Timeout
 * +60.000s    exit ProcessPayment after 60.000s
 * </pre>
 */
final class Trace implements ExecutionListener {
  private final PrintWriter err;
  private Instant start;
  /** The states entered and not yet exited, oldest first (a Map opens one name many times). */
  private final List<Open> open = new ArrayList<>();

  private record Open(String name, Instant entered) {}

  Trace(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void onEvent(Execution execution, HistoryEvent e) {
    if (start == null) {
      start = e.timestamp();
    }
    String type = e.type();
    JsonNode d = e.details();
    if (type.endsWith("StateEntered")) {
      String name = d.path("name").asText();
      open.add(new Open(name, e.timestamp()));
      line(e, "enter", name + " (" + type.substring(0, type.length() - "StateEntered".length()) + ")");
    } else if (type.endsWith("StateExited")) {
      String name = d.path("name").asText();
      Instant entered = e.timestamp();
      for (int i = open.size() - 1; i >= 0; i--) {
        if (open.get(i).name().equals(name)) {
          entered = open.remove(i).entered();
          break;
        }
      }
      line(e, "exit", name + " after " + seconds(Duration.between(entered, e.timestamp())));
    } else if (d.has("error") || d.has("cause")) {
      String what = type.startsWith("Execution") ? type.substring("Execution".length()).toUpperCase(Locale.ROOT) : "error";
      line(e, what, lastOpen() + d.path("error").asText("") + (d.hasNonNull("cause") ? ": " + d.get("cause").asText() : ""));
    } else if (type.equals("ExecutionSucceeded")) {
      line(e, "SUCCEEDED", "");
    }
  }

  @Override
  public synchronized void onRetry(Execution execution, String state, int retrierIndex, String error) {
    err.println(String.format("%-10s %5s %s Retry[%d] on %s", "", "retry", dev.asl4j.parser.TerminalText.escape(state), retrierIndex, dev.asl4j.parser.TerminalText.escape(error)));
    err.flush();
  }

  @Override
  public synchronized void onCatch(Execution execution, String state, int catcherIndex, String error) {
    err.println(String.format("%-10s %5s %s Catch[%d] caught %s", "", "catch", dev.asl4j.parser.TerminalText.escape(state), catcherIndex, dev.asl4j.parser.TerminalText.escape(error)));
    err.flush();
  }

  /** The state most recently entered and not yet exited, with a trailing space, or "". */
  private String lastOpen() {
    return open.isEmpty() ? "" : open.get(open.size() - 1).name() + " ";
  }

  private void line(HistoryEvent e, String what, String text) {
    err.println(String.format("%-10s %5s %s", "+" + seconds(Duration.between(start, e.timestamp())), what, dev.asl4j.parser.TerminalText.escape(text)));
    err.flush();
  }

  private static String seconds(Duration d) {
    return String.format("%d.%03ds", d.getSeconds(), d.toMillisPart());
  }
}
