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
 * {@code map-10k} (MaxConcurrency 0) and {@code map-10k-serial} (MaxConcurrency 1): an inline Map
 * over 10,000 items, 3 Pass states each, 30,001 transitions per execution (target: 1 M
 * transitions/s in a 128 MB heap; npm engine 15.7 k / 15.0 k with 731 / 689 MB RSS). The output
 * (~600 KB) is over AWS's 256 KiB payload quota and the history over 25,000 events, so both
 * limits are lifted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms128m", "-Xmx128m"})
public class MapBenchmark {
  /** The manifest scenario. */
  @Param({"map-10k", "map-10k-serial"})
  public String scenario;

  /**
   * {@code kept}: the default engine, each execution's ~100,000 history events held in memory
   * until it ends; {@code none}: {@code AslEngine.Builder.keepHistory(false)}, as an embedded
   * production engine feeding listeners would run.
   */
  @Param({"kept", "none"})
  public String history;

  private Loaded loaded;
  private int transitions;

  /** Loads the workload and checks one run against the manifest. */
  @Setup
  public void setUp() {
    loaded = Loaded.scenario(scenario,
        b -> b.historyLimit(Integer.MAX_VALUE).maxPayloadBytes(Integer.MAX_VALUE)
            .keepHistory("kept".equals(history)));
    transitions = loaded.scenario.transitions();
  }

  /** One execution: the whole Map. */
  @Benchmark
  public ExecutionResult map(TransitionCounter c) {
    c.transitions += transitions;
    return loaded.run();
  }
}
