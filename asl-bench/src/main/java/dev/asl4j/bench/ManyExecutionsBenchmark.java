package dev.asl4j.bench;

import dev.asl4j.interpreter.ExecutionResult;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * {@code many-executions}: the cost of one short execution (5 states: Pass with Parameters, Choice,
 * Pass with Result, Pass with States.Format, Succeed), started and awaited on one thread (target:
 * 200 k executions/s; npm engine 7,336). Engine defaults, real-time scheduler, a fresh random
 * execution name each time, as a caller of {@code run(input)} gets.
 */
public class ManyExecutionsBenchmark extends DefaultEngineBenchmark {
  @Override
  String scenario() {
    return "many-executions";
  }

  /** One execution, awaited. */
  @Benchmark
  public ExecutionResult execution(TransitionCounter c) {
    return runOnce(c);
  }
}
