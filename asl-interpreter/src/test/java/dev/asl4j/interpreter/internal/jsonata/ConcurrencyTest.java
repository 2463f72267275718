package dev.asl4j.interpreter.internal.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.internal.expr.AslException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One evaluator, one set of compiled expressions, many threads with distinct inputs: every result
 * must equal the single-threaded one. Several expressions interleave on each thread because
 * dashjoin keeps per-thread state shared by all expressions.
 */
class ConcurrencyTest {
  private static final String[] EXPRESSIONS = {
    "$states.input.items[price > 10].{'id': id, 'total': price * qty}"
        + " ~> $sort(function($a, $b){ $a.total > $b.total })",
    "($f := function($n){ $n <= 1 ? 1 : $n * $f($n - 1) }; $f($states.input.n))",
    "$replace($states.input.name, /(\\w)(\\w*)/, function($m){ $uppercase($m.groups[0]) & $m.groups[1] })",
    "$partition($range(1, $states.input.n, 1), 3)",
    "$hash($states.input.name & $string($states.input.n), 'SHA-256')",
    "{'v': $v, 'r': $random($states.input.n), 'k': $keys($states.input)}",
    "$states.input.n % 7 = 0 ? $error('seven') : $states.input.n",
  };

  private final JsonataEvaluator ev = Fixtures.evaluator();

  private String run(int expression, int i) {
    JsonNode input = Fixtures.json("{\"n\": " + (i % 12 + 1) + ", \"name\": \"name" + i + " other" + i
        + "\", \"items\": [{\"id\": 1, \"price\": " + i + ", \"qty\": 2}, {\"id\": 2, \"price\": 11, \"qty\": " + i + "}]}");
    JsonNode st = Fixtures.json("{}");
    ((com.fasterxml.jackson.databind.node.ObjectNode) st).set("input", input);
    try {
      JsonNode v = ev.evaluate(Fixtures.expr(EXPRESSIONS[expression]), st,
          Fixtures.scope(Map.of("v", Fixtures.json("[" + i + "]"))), "Output");
      return String.valueOf(v);
    } catch (AslException e) {
      return e.error().toString();
    }
  }

  @Test
  void sharedCompiledExpressionsGiveTheSameResultsOnManyThreads() throws Exception {
    int perThread = 300;
    int threads = 8;
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < perThread * threads; i++) {
      expected.add(run(i % EXPRESSIONS.length, i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t * perThread;
        futures.add(pool.submit(() -> {
          List<String> out = new ArrayList<>();
          for (int i = first; i < first + perThread; i++) {
            out.add(run(i % EXPRESSIONS.length, i));
          }
          return out;
        }));
      }
      List<String> actual = new ArrayList<>();
      for (Future<List<String>> f : futures) {
        actual.addAll(f.get());
      }
      assertThat(actual).isEqualTo(expected);
      assertThat(expected).anyMatch(s -> s.contains("D3137: seven"));
      assertThat(expected.get(1)).isEqualTo("2"); // 2! for n = 2
      assertThat(expected.stream().filter(s -> s.startsWith("AslError")).count())
          .isLessThan(expected.size() / 4);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * dashjoin makes a freshly parsed expression the parsing thread's "per-thread instance", whose
   * environment field the evaluator overwrites while that thread evaluates anything. If the shared
   * compiled object were that instance, other threads evaluating it would see the parsing
   * thread's in-flight frame (here: its variable {@code v}).
   */
  @Test
  void aThreadThatCompiledAnExpressionDoesNotLeakItsFramesIntoIt() throws Exception {
    JsonataEvaluator fresh = Fixtures.evaluator();
    JsonNode st = Fixtures.states("{}");
    java.util.concurrent.CountDownLatch compiled = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<?> owner = pool.submit(() -> {
        var withV = Fixtures.scope(Map.of("v", Fixtures.json("1")));
        String busy = "$map([1,2,3,4,5,6,7,8], function($i){ $i + $v })";
        fresh.evaluate(Fixtures.expr(busy), st, withV, "Output"); // compiled first...
        fresh.precompile(new dev.asl4j.parser.expr.Template.JsonataValue("/x", Fixtures.expr("$exists($v)")));
        compiled.countDown(); // ...so the shared expression is the last this thread parsed
        while (!stop.get()) {
          fresh.evaluate(Fixtures.expr(busy), st, withV, "Output");
        }
        return null;
      });
      compiled.await();
      List<Future<Long>> readers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        readers.add(pool.submit(() -> {
          long wrong = 0;
          for (int i = 0; i < 20_000; i++) {
            if (!"false".equals(String.valueOf(fresh.evaluate(Fixtures.expr("$exists($v)"), st, Fixtures.NO_VARS, "Output")))) {
              wrong++;
            }
          }
          return wrong;
        }));
      }
      long wrong = 0;
      for (Future<Long> r : readers) {
        wrong += r.get();
      }
      stop.set(true);
      owner.get();
      assertThat(wrong).isZero();
    } finally {
      pool.shutdownNow();
    }
  }
}
