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
 * {@code pass-chain-1000}: 1,000 Pass states, each with Parameters and ResultPath, one execution
 * per operation (target: 1.5 M transitions/s on one thread; npm engine 36.7 k). Engine defaults
 * (25,000-event history, 256 KiB payload check on every state).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PassChainBenchmark {
  private Loaded loaded;
  private int transitions;

  /** Loads the workload and checks one run against the manifest. */
  @Setup
  public void setUp() {
    loaded = Loaded.scenario("pass-chain-1000", b -> {});
    transitions = loaded.scenario.transitions();
  }

  /** One execution, awaited. */
  @Benchmark
  public ExecutionResult passChain(TransitionCounter c) {
    c.transitions += transitions;
    return loaded.run();
  }
}
