package dev.asl4j.interpreter.internal.jsonata;

import static dev.asl4j.interpreter.internal.jsonata.Fixtures.cause;
import static dev.asl4j.interpreter.internal.jsonata.Fixtures.eval;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RegexFunctionsTest {
  private final JsonataEvaluator ev = Fixtures.evaluator();

  @Test
  void containsWithRegexAndString() {
    assertThat(eval(ev, "$contains('hello$world', /^hello\\$/)", "{}")).isEqualTo("true");
    assertThat(eval(ev, "$contains('hello$world', /^hello\\ /)", "{}")).isEqualTo("false");
    assertThat(eval(ev, "$contains('abc', /B/i)", "{}")).isEqualTo("true");
    assertThat(eval(ev, "$contains('abc', 'bc')", "{}")).isEqualTo("true");
    assertThat(eval(ev, "$states.input.s ~> $contains(/b/)", "{\"s\": \"abc\"}")).isEqualTo("true");
  }

  @Test
  void matchListsMatchesWithIndexAndGroups() {
    assertThat(eval(ev, "$match('abcab', /a(b)?/)", "{}"))
        .isEqualTo("[{\"match\":\"ab\",\"index\":0,\"groups\":[\"b\"]},{\"match\":\"ab\",\"index\":3,\"groups\":[\"b\"]}]");
    assertThat(eval(ev, "$match('xb', /(a)?b/)", "{}")).isEqualTo("{\"match\":\"b\",\"index\":1,\"groups\":[null]}");
    assertThat(eval(ev, "$match('aaa', /a/, 2).index", "{}")).isEqualTo("[0,1]");
    assertThat(eval(ev, "$match('xyz', /a/)", "{}")).isEqualTo("undefined");
    assertThat(cause(ev, "$match('a', /a/, -1)", "{}")).contains("D3040");
    assertThat(cause(ev, "$match('baa', /a*/)", "{}"))
        .endsWith("D1004: Regular expression matches zero length string");
  }

  @Test
  void replaceWithTextAndFunction() {
    assertThat(eval(ev, "$replace('abcab', /a(b)/, '[$1|$0|$$|$9|$10]')", "{}")).isEqualTo("\"[b|ab|$||b0]c[b|ab|$||b0]\"");
    assertThat(eval(ev, "$replace('abc', /b/, function($m){ $uppercase($m.match) & $string($m.start) })", "{}"))
        .isEqualTo("\"aB1c\"");
    assertThat(eval(ev, "$replace('aaa', /a/, 'x', 2)", "{}")).isEqualTo("\"xxa\"");
    assertThat(eval(ev, "$replace('abc', 'b', 'x')", "{}")).isEqualTo("\"axc\"");
    assertThat(eval(ev, "$replace('abc', /z/, 'x')", "{}")).isEqualTo("\"abc\"");
    assertThat(eval(ev, "$replace('a$b', /\\$/, 'x$')", "{}")).isEqualTo("\"ax$b\"");
    assertThat(cause(ev, "$replace('abc', /b/, function($m){ 1 })", "{}")).contains("D3012");
    assertThat(cause(ev, "$replace('abc', /b/, 'x', -1)", "{}")).contains("D3011");
  }

  @Test
  void splitOnRegex() {
    assertThat(eval(ev, "$split('a1b22c', /[0-9]+/)", "{}")).isEqualTo("[\"a\",\"b\",\"c\"]");
    assertThat(eval(ev, "$split('a1b2c', /[0-9]/, 2)", "{}")).isEqualTo("[\"a\",\"b\"]");
    assertThat(eval(ev, "$split('abc', /x/)", "{}")).isEqualTo("[\"abc\"]");
    assertThat(eval(ev, "$split('a,b', ',')", "{}")).isEqualTo("[\"a\",\"b\"]");
    assertThat(cause(ev, "$split('a', /a/, -1)", "{}")).contains("D3020");
  }

  @Test
  void catastrophicBacktrackingStopsAtTheTimeLimit() {
    JsonataEvaluator quick = new JsonataEvaluator(
        JsonataLimits.defaults().withTimeout(Duration.ofMillis(300)), Fixtures.CLOCK);
    // Java's engine shortcuts the textbook (a+)+$ cases; nested .* repetitions still explode.
    String input = "{\"s\": \"" + "a".repeat(60) + "\"}";
    long start = System.nanoTime();
    String c = cause(quick, "$match($states.input.s, /(.*a){20}b/)", input);
    assertThat(c).endsWith("threw an error during evaluation: Expression evaluation timeout: Check for infinite loop");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(cause(quick, "$contains($states.input.s, /(.*a){20}b/)", input)).contains("timeout");
    assertThat(cause(quick, "$replace($states.input.s, /(.*a){20}b/, 'x')", input)).contains("timeout");
    assertThat(cause(quick, "$split($states.input.s, /(.*a){20}b/)", input)).contains("timeout");
  }
}
