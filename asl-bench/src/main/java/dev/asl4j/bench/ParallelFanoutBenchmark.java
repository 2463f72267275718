package dev.asl4j.bench;

import dev.asl4j.interpreter.ExecutionResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code parallel-fanout}: a Parallel state of 50 branches × 10 Pass states, 501 transitions per
 * execution (npm engine: 48.2 k transitions/s). Engine defaults.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParallelFanoutBenchmark {
  private Loaded loaded;
  private int transitions;

  /** Loads the workload and checks one run against the manifest. */
  @Setup
  public void setUp() {
    loaded = Loaded.scenario("parallel-fanout", b -> {});
    transitions = loaded.scenario.transitions();
  }

  /** One execution, awaited. */
  @Benchmark
  public ExecutionResult parallelFanout(TransitionCounter c) {
    c.transitions += transitions;
    return loaded.run();
  }
}
