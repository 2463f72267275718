package dev.asl4j.interpreter.internal.jsonata;

import static dev.asl4j.interpreter.internal.jsonata.Fixtures.cause;
import static dev.asl4j.interpreter.internal.jsonata.Fixtures.eval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class JsonataLimitsTest {
  private static final String DEPTH = "threw an error during evaluation: Stack overflow error: Check for"
      + " non-terminating recursive function.  Consider rewriting as tail-recursive.";
  private static final String MEMORY = "threw an error during evaluation: Expression evaluation memory"
      + " limit exceeded: Check for excessive memory usage";
  private static final String TIME =
      "threw an error during evaluation: Expression evaluation timeout: Check for infinite loop";

  private final JsonataEvaluator ev = new JsonataEvaluator(
      JsonataLimits.defaults().withTimeout(Duration.ofMillis(500)), Fixtures.CLOCK);

  @Test
  void defaultsAndValidation() {
    JsonataLimits d = JsonataLimits.defaults();
    assertThat(d.maxDepth()).isEqualTo(100);
    assertThat(d.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(d.maxValueBytes()).isEqualTo(873_782L * 8);
    assertThat(d.withMaxDepth(7).maxDepth()).isEqualTo(7);
    assertThat(d.withMaxValueBytes(9).maxValueBytes()).isEqualTo(9);
    assertThatThrownBy(() -> d.withMaxDepth(0)).hasMessageContaining("maxDepth");
    assertThatThrownBy(() -> d.withTimeout(Duration.ZERO)).hasMessageContaining("timeout");
    assertThatThrownBy(() -> d.withMaxValueBytes(0)).hasMessageContaining("maxValueBytes");
  }

  @Test
  void tailRecursionWithoutBaseCaseTimesOut() {
    assertThat(cause(ev, "($f := function(){ $f() }; $f())", "{}")).endsWith(TIME);
    assertThat(cause(ev, "($f := function($x){ $f($x + 1) }; $f(1))", "{}")).endsWith(TIME);
  }

  @Test
  void timeIsReadFromTheInjectedTicker() {
    AtomicLong now = new AtomicLong();
    JsonataEvaluator stepping = new JsonataEvaluator(JsonataLimits.defaults(), Fixtures.CLOCK,
        new SplittableRandom(1), () -> now.addAndGet(Duration.ofSeconds(1).toNanos()));
    assertThat(cause(stepping, "[1,2,3,4,5,6,7].($ + 1)", "{}")).endsWith(TIME);
  }

  @Test
  void deepRecursionHitsTheDepthBound() {
    assertThat(cause(ev, "($f := function($n){ 1 + $f($n + 1) }; $f(0))", "{}")).endsWith(DEPTH);
    assertThat(eval(ev, "($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(30))", "{}")).isEqualTo("30");
  }

  @Test
  void depthBoundSitsWhereAwsPutsIt() {
    assertThat(eval(ev, "1" + "+1".repeat(99), "{}")).isEqualTo("100");
    assertThat(cause(ev, "1" + "+1".repeat(199), "{}")).endsWith(DEPTH);
  }

  @Test
  void hugeRangesAreRefusedBeforeAllocation() {
    long start = System.nanoTime();
    assertThat(cause(ev, "$range(1, 10000000, 1)", "{}")).endsWith(MEMORY);
    assertThat(cause(ev, "$range(0, 9223372036854775807, 1)", "{}")).endsWith(MEMORY);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(cause(ev, "[1..900000] ~> $count()", "{}")).endsWith(MEMORY);
    assertThat(cause(ev, "$sum([1..900000])", "{}")).endsWith(MEMORY);
    assertThat(eval(ev, "[1..873782] ~> $count()", "{}")).isEqualTo("873782");
    assertThat(cause(ev, "$count([1..10000001])", "{}")).contains("D2014");
  }

  @Test
  void hugeStringsAreRefused() {
    String doubling = "($p := function($s, $n) { $n = 0 ? $s : $p($s & $s, $n - 1) }; $length($p('x', %d)))";
    assertThat(eval(ev, String.format(doubling, 22), "{}")).isEqualTo("4194304");
    assertThat(cause(ev, String.format(doubling, 23), "{}")).endsWith(MEMORY);
  }

  @Test
  void javaStackOverflowIsCaughtInsideTheAdapter() throws InterruptedException {
    // With the depth bound out of the way, recursion runs into the thread's (small) stack.
    JsonataEvaluator unbounded = new JsonataEvaluator(
        JsonataLimits.defaults().withMaxDepth(Integer.MAX_VALUE).withTimeout(Duration.ofSeconds(30)), Fixtures.CLOCK);
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        outcome.set(cause(unbounded, "($f := function($n){ 1 + $f($n + 1) }; $f(0))", "{}"));
      } catch (Throwable e) {
        outcome.set(e);
      }
    }, "small-stack", 256 * 1024);
    t.start();
    t.join();
    assertThat(outcome.get()).isInstanceOf(String.class).asString().endsWith(DEPTH);
  }

  @Test
  void evaluationStateDoesNotLeakIntoTheNextEvaluation() {
    cause(ev, "($f := function(){ $f() }; $f())", "{}");
    assertThat(eval(ev, "1 + 1", "{}")).isEqualTo("2");
    assertThat(Evaluation.current()).isNull();
  }
}
