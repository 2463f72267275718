package dev.asl4j.bench;

import dev.asl4j.interpreter.ExecutionResult;
import java.util.concurrent.TimeUnit;
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
 * One manifest scenario on an engine with default settings, one execution per operation; the
 * subclasses name the scenario and hold the {@code @Benchmark} method (whose name the summary in
 * {@code bench/run-engine-bench.sh} keys on).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public abstract class DefaultEngineBenchmark {
  private Loaded loaded;
  private int transitions;

  /** The manifest scenario this benchmark runs. */
  abstract String scenario();

  /** Loads the workload and checks one run against the manifest. */
  @Setup
  public void setUp() {
    loaded = Loaded.scenario(scenario(), b -> {});
    transitions = loaded.scenario.transitions();
  }

  /** One execution, awaited, counted in transitions too. */
  final ExecutionResult runOnce(TransitionCounter c) {
    c.transitions += transitions;
    return loaded.run();
  }
}
