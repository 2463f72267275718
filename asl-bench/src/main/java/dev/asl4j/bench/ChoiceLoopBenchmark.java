package dev.asl4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
 * {@code choice-loop}: Pass + States.MathAdd and a Choice, {@code n} times, in ONE execution
 * (2n + 2 transitions). The manifest's n is 10,000 (target 2 M transitions/s); n = 1,000 and
 * 100,000 show whether the cost per transition grows with the length of the history (it must
 * not). The engine's history limit is lifted: 20,002 transitions record ~40,000 events, over
 * AWS's 25,000 for STANDARD.
 *
 * <p>The fork gets a fixed 2 GB heap: with n = 100,000 one execution keeps a ~90 MB history alive
 * while it runs, and a heap still growing to hold it (G1's default start is 1/64 of RAM) makes
 * the figure depend on heap sizing rather than on the engine. With the default heap, expect the
 * n = 100,000 case to vary several-fold between iterations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ChoiceLoopBenchmark {
  /** Loop iterations per execution. */
  @Param({"1000", "10000", "100000"})
  public int n;

  private Loaded loaded;
  private JsonNode input;
  private int transitions;

  /** Checks the manifest's run (n = 10,000), then one run with this n. */
  @Setup
  public void setUp() {
    loaded = Loaded.scenario("choice-loop", b -> b.historyLimit(Integer.MAX_VALUE));
    input = JsonNodeFactory.instance.objectNode().put("n", n);
    ExecutionResult r = loaded.definition.run(input);
    JsonNode expected = JsonNodeFactory.instance.objectNode().put("i", n).put("n", n);
    if (!r.succeeded() || !expected.equals(r.output())) {
      throw new IllegalStateException("choice-loop n=" + n + ": " + r.status() + " " + r.output());
    }
    transitions = 2 * n + 2;
  }

  /** One execution of the whole loop. */
  @Benchmark
  public ExecutionResult choiceLoop(TransitionCounter c) {
    c.transitions += transitions;
    return loaded.definition.run(input);
  }
}
