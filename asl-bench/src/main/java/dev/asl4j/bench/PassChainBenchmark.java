package dev.asl4j.bench;

import dev.asl4j.interpreter.ExecutionResult;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * {@code pass-chain-1000}: 1,000 Pass states, each with Parameters and ResultPath, one execution
 * per operation (target: 1.5 M transitions/s on one thread; npm engine 36.7 k). Engine defaults
 * (25,000-event history, 256 KiB payload check on every state).
 */
public class PassChainBenchmark extends DefaultEngineBenchmark {
  @Override
  String scenario() {
    return "pass-chain-1000";
  }

  /** One execution, awaited. */
  @Benchmark
  public ExecutionResult passChain(TransitionCounter c) {
    return runOnce(c);
  }
}
