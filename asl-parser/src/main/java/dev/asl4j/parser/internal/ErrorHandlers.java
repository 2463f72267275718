package dev.asl4j.parser.internal;

import dev.asl4j.parser.model.Catcher;
import dev.asl4j.parser.model.QueryLanguage;
import dev.asl4j.parser.model.Retrier;
import java.util.ArrayList;
import java.util.List;

/** {@code Retry} and {@code Catch} lists, with AWS's defaults filled in. */
final class ErrorHandlers {
  static final int DEFAULT_INTERVAL_SECONDS = 1;
  static final int DEFAULT_MAX_ATTEMPTS = 3;
  static final double DEFAULT_BACKOFF_RATE = 2.0;

  /** AWS: MaxDelaySeconds must be greater than 0 and less than 31622401. */
  private static final long MAX_DELAY_SECONDS = 31_622_400L;

  private static final List<String> JITTER = List.of("FULL", "NONE");

  private final ModelBuilder m;

  ErrorHandlers(ModelBuilder m) {
    this.m = m;
  }

  List<Retrier> retry(FieldReader state) {
    List<Retrier> out = new ArrayList<>();
    for (FieldReader r : state.objects("Retry")) {
      r.rejectUnknown(FieldNames.RETRIER);
      r.require("ErrorEquals");
      out.add(new Retrier(
          r.pointer,
          r.strings("ErrorEquals").orElse(List.of()),
          r.integer("IntervalSeconds", 1, Checks.MAX_SECONDS).orElse(DEFAULT_INTERVAL_SECONDS),
          r.integer("MaxAttempts", 0, Checks.MAX_SECONDS).orElse(DEFAULT_MAX_ATTEMPTS),
          r.number("BackoffRate", 1.0, Double.MAX_VALUE).orElse(DEFAULT_BACKOFF_RATE),
          r.integer("MaxDelaySeconds", 1, MAX_DELAY_SECONDS),
          r.enumValue("JitterStrategy", JITTER)
              .map(Retrier.JitterStrategy::valueOf)
              .orElse(Retrier.JitterStrategy.NONE),
          r.string("Comment")));
    }
    return out;
  }

  List<Catcher> catchers(FieldReader state, QueryLanguage ql) {
    List<Catcher> out = new ArrayList<>();
    for (FieldReader r : state.objects("Catch")) {
      r.rejectUnknown(FieldNames.CATCHER);
      r.require("ErrorEquals", "Next");
      out.add(new Catcher(
          r.pointer,
          r.strings("ErrorEquals").orElse(List.of()),
          r.nonEmptyString("Next").orElse(""),
          m.path(r, "ResultPath", true),
          m.output(r, "Output"),
          m.assign(r, ql, "Assign"),
          r.string("Comment")));
    }
    return out;
  }
}
