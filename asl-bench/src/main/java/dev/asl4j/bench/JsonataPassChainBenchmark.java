package dev.asl4j.bench;

import dev.asl4j.interpreter.ExecutionResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code pass-chain-1000} in JSONata ({@link JsonataPassChain}): four expressions per state, the
 * result checked against the manifest's expected output of the JSONPath chain (target: 300 k
 * transitions/s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonataPassChainBenchmark {
  /**
   * {@code paths}: the expressions as one would write them ({@code $states.input.orderId}), which
   * the adapter reads without the library; {@code library}: the same expressions in parentheses,
   * so every one goes through dashjoin JSONata.
   */
  @Param({"paths", "library"})
  public String expressions;

  private Loaded loaded;
  private int transitions;

  /** Generates and loads the definition and checks one run against the manifest. */
  @Setup
  public void setUp() {
    Scenario s = Scenario.named("pass-chain-1000");
    loaded = Loaded.rewritten(s.name(), JsonataPassChain.definition(s.transitions(), expressions.equals("library")), b -> {});
    transitions = s.transitions();
  }

  /** One execution, awaited. */
  @Benchmark
  public ExecutionResult jsonataPassChain(TransitionCounter c) {
    c.transitions += transitions;
    return loaded.run();
  }
}
