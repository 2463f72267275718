package dev.asl4j.interpreter.internal.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Parser;
import java.time.InstantSource;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The budget and clock of one expression evaluation. It is installed on the evaluation's own
 * frame as dashjoin's entry/exit callbacks, so nothing here is shared between threads; the
 * Step Functions functions find it through {@link #current()} because dashjoin does not pass the
 * frame to native functions.
 *
 * <p>Depth counts every entry and exit (dashjoin's own Timebox skips "parallel call" frames on
 * entry and exit asymmetrically and drifts). Once a bound trips it stays tripped: if library code
 * swallows the exception, the next step throws again.
 */
final class Evaluation implements Jsonata.EntryCallback, Jsonata.ExitCallback {
  private static final ThreadLocal<Evaluation> CURRENT = new ThreadLocal<>();
  /**
   * Reading the clock costs ~25 ns, several times a simple step; every 4th entry or exit is
   * often enough for a budget of seconds (depth and size are still checked every time).
   */
  private static final int CLOCK_EVERY = 4;
  /**
   * How many times the value-size bound all lists built by one expression may add up to. A path
   * such as {@code $x.$x.$x} over 1,000 items builds its billion-element result inside one library
   * call; only the sum of the per-step lists reveals it in time.
   */
  private static final long PRODUCED_FACTOR = 8;

  private final JsonataLimits limits;
  private final LongSupplier ticker;
  private long deadline;
  private final InstantSource clock;
  private int depth;
  /** Callbacks so far; the clock is read on every {@value #CLOCK_EVERY}th. */
  private int calls;
  private String tripped;
  private long timestamp = Long.MIN_VALUE;
  /** Estimated bytes of every list the evaluation built, for blow-ups made of small steps. */
  private long produced;
  private Object lastList;

  Evaluation(JsonataLimits limits, LongSupplier ticker, InstantSource clock) {
    this.limits = limits;
    this.ticker = ticker;
    this.clock = clock;
    this.deadline = ticker.getAsLong() + limits.timeout().toNanos();
  }

  /**
   * Starts the next expression of the same template afresh (depth, time budget and {@code $now}),
   * so one object and one frame serve every expression of a template.
   */
  void restart() {
    deadline = ticker.getAsLong() + limits.timeout().toNanos();
    depth = 0;
    produced = 0;
    lastList = null;
    tripped = null;
    timestamp = Long.MIN_VALUE;
  }

  /** The evaluation running on this thread, or null outside one. */
  static Evaluation current() {
    return CURRENT.get();
  }

  /** Makes this the current evaluation; returns the one it replaces, for {@link #restore}. */
  Evaluation enter() {
    Evaluation previous = CURRENT.get();
    CURRENT.set(this);
    return previous;
  }

  static void restore(Evaluation previous) {
    // set(null) rather than remove(): keeps this thread's map entry instead of re-creating it
    // for every expression; the static ThreadLocal then holds nothing.
    CURRENT.set(previous);
  }

  @Override
  public void callback(Parser.Symbol expr, Object input, Jsonata.Frame environment) {
    lastList = null; // a new step: what it returns counts again, even the same list
    if (++depth > limits.maxDepth()) {
      trip(LimitExceeded.DEPTH);
    }
    checkTime();
  }

  @Override
  public void callback(Parser.Symbol expr, Object input, Jsonata.Frame environment, Object result) {
    depth--;
    if (result instanceof List) {
      long bytes = ((List<?>) result).size() * 8L;
      checkSize(bytes);
      if (result != lastList) { // a list passed straight up through enclosing steps counts once
        lastList = result;
        produced += bytes;
        if (produced > limits.maxValueBytes() * PRODUCED_FACTOR) {
          trip(LimitExceeded.MEMORY); // e.g. $x.$x.$x: each step small, the path enormous
        }
      }
    } else if (result instanceof String) {
      checkSize(((String) result).length());
    }
    checkTime();
  }

  /** Fails when an allocation of about {@code bytes} would exceed the value-size bound. */
  void checkSize(long bytes) {
    if (bytes > limits.maxValueBytes()) {
      trip(LimitExceeded.MEMORY);
    }
  }

  long maxValueBytes() {
    return limits.maxValueBytes();
  }

  void checkTime() {
    if (tripped != null) {
      throw new LimitExceeded(tripped);
    }
    if (++calls % CLOCK_EVERY == 0 && ticker.getAsLong() - deadline > 0) {
      trip(LimitExceeded.TIME);
    }
  }

  private void trip(String message) {
    tripped = message;
    throw new LimitExceeded(message);
  }

  /** Epoch millis of this evaluation, read once so that every $now() in it agrees. */
  long timestamp() {
    if (timestamp == Long.MIN_VALUE) {
      timestamp = clock.millis();
    }
    return timestamp;
  }
}
