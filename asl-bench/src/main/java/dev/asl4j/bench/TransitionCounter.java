package dev.asl4j.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts state transitions next to the executions JMH counts, so every engine benchmark reports
 * both: the primary score is executions per second, the secondary {@code transitions} row is
 * transitions per second (a transition is one state entered, as the workloads README counts).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class TransitionCounter {
  /** Transitions done in the current iteration (JMH divides by the iteration's time). */
  public long transitions;

  /** JMH reads the counter per iteration. */
  @Setup(Level.Iteration)
  public void reset() {
    transitions = 0;
  }
}
