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
 * {@code many-executions}: the cost of one short execution (5 states: Pass with Parameters, Choice,
 * Pass with Result, Pass with States.Format, Succeed), started and awaited on one thread (target:
 * 200 k executions/s; npm engine 7,336). Engine defaults, real-time scheduler, a fresh random
 * execution name each time, as a caller of {@code run(input)} gets.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ManyExecutionsBenchmark {
  private Loaded loaded;
  private int transitions;

  /** Loads the workload and checks one run against the manifest. */
  @Setup
  public void setUp() {
    loaded = Loaded.scenario("many-executions", b -> {});
    transitions = loaded.scenario.transitions();
  }

  /** One execution, awaited. */
  @Benchmark
  public ExecutionResult execution(TransitionCounter c) {
    c.transitions += transitions;
    return loaded.run();
  }
}
