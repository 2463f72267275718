package dev.asl4j.parser.internal;

import static dev.asl4j.parser.internal.TemplateWriter.F;
import static dev.asl4j.parser.internal.TemplateWriter.put;
import static dev.asl4j.parser.internal.TemplateWriter.putPath;
import static dev.asl4j.parser.internal.TemplateWriter.putString;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.model.Catcher;
import dev.asl4j.parser.model.Retrier;
import java.util.List;

/** Writes {@code Retry} and {@code Catch}; defaults are left out, as most definitions do. */
final class ErrorHandlerWriter {
  void write(ObjectNode o, List<Retrier> retry, List<Catcher> catchers) {
    if (!retry.isEmpty()) {
      ArrayNode a = o.putArray("Retry");
      retry.forEach(r -> a.add(retrier(r)));
    }
    if (!catchers.isEmpty()) {
      ArrayNode a = o.putArray("Catch");
      catchers.forEach(c -> a.add(catcher(c)));
    }
  }

  private static ObjectNode retrier(Retrier r) {
    ObjectNode o = F.objectNode();
    ArrayNode errors = o.putArray("ErrorEquals");
    r.errorEquals().forEach(errors::add);
    if (r.intervalSeconds() != ErrorHandlers.DEFAULT_INTERVAL_SECONDS) {
      o.put("IntervalSeconds", r.intervalSeconds());
    }
    if (r.maxAttempts() != ErrorHandlers.DEFAULT_MAX_ATTEMPTS) {
      o.put("MaxAttempts", r.maxAttempts());
    }
    if (Double.compare(r.backoffRate(), ErrorHandlers.DEFAULT_BACKOFF_RATE) != 0) {
      o.put("BackoffRate", r.backoffRate());
    }
    r.maxDelaySeconds().ifPresent(d -> o.put("MaxDelaySeconds", d));
    if (r.jitter() != Retrier.JitterStrategy.NONE) {
      o.put("JitterStrategy", r.jitter().name());
    }
    putString(o, "Comment", r.comment());
    return o;
  }

  private static ObjectNode catcher(Catcher c) {
    ObjectNode o = F.objectNode();
    ArrayNode errors = o.putArray("ErrorEquals");
    c.errorEquals().forEach(errors::add);
    putPath(o, "ResultPath", c.resultPath());
    put(o, "Output", c.output());
    put(o, "Assign", c.assign());
    o.put("Next", c.next());
    putString(o, "Comment", c.comment());
    return o;
  }
}
