package dev.asl4j.bench;

import dev.asl4j.interpreter.ExecutionResult;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * {@code parallel-fanout}: a Parallel state of 50 branches × 10 Pass states, 501 transitions per
 * execution (npm engine: 48.2 k transitions/s). Engine defaults.
 */
public class ParallelFanoutBenchmark extends DefaultEngineBenchmark {
  @Override
  String scenario() {
    return "parallel-fanout";
  }

  /** One execution, awaited. */
  @Benchmark
  public ExecutionResult parallelFanout(TransitionCounter c) {
    return runOnce(c);
  }
}
