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
 * The order saga with in-code task handlers scripted from the manifest: {@code task-saga} (3
 * tasks succeed), {@code task-saga-compensate} (payment declined, two compensations, Fail) and
 * {@code task-saga-retry} (payment fails twice, retried; the 1 s and 2 s back-offs pass in virtual
 * time, so only engine overhead is measured). npm engine: 7,205 / 5,232 / 3,720 executions/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TaskSagaBenchmark {
  /** The manifest scenario. */
  @Param({"task-saga", "task-saga-compensate", "task-saga-retry"})
  public String scenario;

  private Loaded loaded;
  private int transitions;

  /** Loads the workload and checks one run (status, output, task calls) against the manifest. */
  @Setup
  public void setUp() {
    loaded = Loaded.scenario(scenario, b -> {});
    transitions = loaded.scenario.transitions();
  }

  /** One execution, awaited. */
  @Benchmark
  public ExecutionResult saga(TransitionCounter c) {
    c.transitions += transitions;
    return loaded.run();
  }
}
