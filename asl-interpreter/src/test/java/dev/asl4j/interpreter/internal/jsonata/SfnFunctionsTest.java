package dev.asl4j.interpreter.internal.jsonata;

import static dev.asl4j.interpreter.internal.jsonata.Fixtures.cause;
import static dev.asl4j.interpreter.internal.jsonata.Fixtures.eval;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SfnFunctionsTest {
  private final JsonataEvaluator ev = Fixtures.evaluator();

  @Test
  void partitionChunksWithAShorterLastChunk() {
    assertThat(eval(ev, "$partition([1,2,3,4,5], 2)", "{}")).isEqualTo("[[1,2],[3,4],[5]]");
    assertThat(eval(ev, "$partition([0,1,2], 3)", "{}")).isEqualTo("[[0,1,2]]"); // not unwrapped
    assertThat(eval(ev, "$partition([0], 5)", "{}")).isEqualTo("[[0]]");
    assertThat(eval(ev, "$partition([1,2,3], 1.9)", "{}")).isEqualTo("[[1],[2],[3]]"); // towards zero
    assertThat(eval(ev, "$partition($states.input.none, 2)", "{}")).isEqualTo("undefined");
    assertThat(cause(ev, "$partition([1], 0)", "{}"))
        .endsWith("threw an error during evaluation: The chunk size must be a positive integer, but was 0");
  }

  @Test
  void rangeIncludesTheEndWhenTheStepLandsOnIt() {
    assertThat(eval(ev, "$range(0, 9, 3)", "{}")).isEqualTo("[0,3,6,9]");
    assertThat(eval(ev, "$range(1, 9, 2)", "{}")).isEqualTo("[1,3,5,7,9]");
    assertThat(eval(ev, "$range(0, 10, 3)", "{}")).isEqualTo("[0,3,6,9]");
    assertThat(eval(ev, "$range(1, 9, 9)", "{}")).isEqualTo("1"); // a singleton comes out unwrapped
    assertThat(eval(ev, "$range(5, 1, -2)", "{}")).isEqualTo("[5,3,1]");
    assertThat(eval(ev, "$range(-1.7, 2, 1)", "{}")).isEqualTo("[-1,0,1,2]");
    assertThat(eval(ev, "$range(1, 3)", "{}")).isEqualTo("[1,2,3]");
    assertThat(eval(ev, "$range(5, 1, 1)", "{}")).isEqualTo("undefined");
    assertThat(eval(ev, "$count($range(1, 200000, 1))", "{}")).isEqualTo("200000");
    assertThat(cause(ev, "$range(1, 2, 0)", "{}")).endsWith(": The step must not be zero");
  }

  @Test
  void rangeNearLongLimitsTerminates() {
    assertThat(eval(ev, "$range(9223372036854775000, 9223372036854775807, 9223372036854775807)", "{}"))
        .isNotEqualTo("undefined");
  }

  @Test
  void hashSupportsTheFiveAlgorithms() {
    assertThat(eval(ev, "$hash('input', 'SHA-1')", "{}")).isEqualTo("\"140f86aae51ab9e1cda9b4254fe98a74eb54c1a1\"");
    assertThat(eval(ev, "$hash('abc', 'MD5')", "{}")).isEqualTo("\"900150983cd24fb0d6963f7d28e17f72\"");
    assertThat(eval(ev, "$hash('abc', 'SHA-256')", "{}"))
        .isEqualTo("\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
    assertThat(eval(ev, "$length($hash('abc', 'SHA-384'))", "{}")).isEqualTo("96");
    assertThat(eval(ev, "$length($hash('abc', 'SHA-512'))", "{}")).isEqualTo("128");
    assertThat(cause(ev, "$hash('a', 'SHA-3')", "{}")).contains("must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512");
  }

  @Test
  void seededRandomIsJavaUtilRandom() {
    assertThat(eval(ev, "$random(42)", "{}")).isEqualTo("0.7275636800328681");
    assertThat(eval(ev, "$random($states.input.seed)", "{\"seed\": 7}"))
        .isEqualTo(String.valueOf(new Random(7).nextDouble()));
  }

  @Property(tries = 50)
  void seededRandomMatchesForAnySeed(@ForAll @IntRange(min = -100000, max = 100000) int seed) {
    double v = Double.parseDouble(eval(ev, "$random(" + seed + ")", "{}"));
    assertThat(v).isEqualTo(new Random(seed).nextDouble());
  }

  @Test
  void unseededRandomAndUuidUseTheInjectedSource() {
    JsonataEvaluator seeded = new JsonataEvaluator(JsonataLimits.defaults(), Fixtures.CLOCK, new SplittableRandom(1));
    double r = Double.parseDouble(eval(seeded, "$random()", "{}"));
    assertThat(r).isBetween(0.0, 1.0);
    String id = eval(seeded, "$uuid()", "{}").replace("\"", "");
    UUID u = UUID.fromString(id);
    assertThat(u.version()).isEqualTo(4);
    assertThat(u.variant()).isEqualTo(2);
    assertThat(eval(ev, "$uuid() = $uuid()", "{}")).isEqualTo("false");
  }

  @Test
  void parseReadsJsonText() {
    assertThat(eval(ev, "$parse($states.input.s)", "{\"s\": \"1\"}")).isEqualTo("1");
    assertThat(eval(ev, "$parse($states.input.s)", "{\"s\": \"1.1\"}")).isEqualTo("1.1");
    assertThat(eval(ev, "$parse($states.input.s)", "{\"s\": \"true\"}")).isEqualTo("true");
    assertThat(eval(ev, "$parse($states.input.s)", "{\"s\": \"\\\"HelloWorld\\\"\"}")).isEqualTo("\"HelloWorld\"");
    assertThat(eval(ev, "$parse($states.input.s)", "{\"s\": \"[1, 2, \\\"x\\\"]\"}")).isEqualTo("[1,2,\"x\"]");
    assertThat(eval(ev, "$parse($states.input.s).a", "{\"s\": \"{\\\"a\\\": [null]}\"}")).isEqualTo("[null]");
    assertThat(eval(ev, "$parse('null')", "{}")).isEqualTo("null");
    assertThat(cause(ev, "$parse('{')", "{}")).endsWith(": The string is not valid JSON: {");
    assertThat(cause(ev, "$parse('1 2')", "{}")).contains("not valid JSON");
    assertThat(cause(ev, "$parse('')", "{}")).contains("not valid JSON");
  }

  @Test
  void clockFunctionsReadTheEngineClockOncePerEvaluation() {
    assertThat(eval(ev, "$now()", "{}")).isEqualTo("\"2024-11-22T10:15:30.123Z\"");
    assertThat(eval(ev, "$millis()", "{}")).isEqualTo("1732270530123");
    assertThat(eval(ev, "$now('[Y0001]-[M01]-[D01]')", "{}")).isEqualTo("\"2024-11-22\"");
    assertThat(eval(ev, "$now() = $now()", "{}")).isEqualTo("true");
  }
}
