package dev.asl4j.bench;

import dev.asl4j.graph.GraphFormat;
import dev.asl4j.graph.StateGraph;
import dev.asl4j.parser.AslParser;
import dev.asl4j.parser.model.StateMachine;
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
 * {@code graph-svg}: lay out and write the SVG of a saga of {@code tasks} tasks (every third
 * catches into a compensation chain), with a three-branch Parallel in the middle: the shape of
 * real workflows, at sizes from a typical one to the largest real-world definitions seen.
 * Mermaid is timed beside it as the cost of the picture without a layout.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss4m"})
public class GraphLayoutBenchmark {
  @Param({"10", "40", "100"})
  public int tasks;

  private StateMachine machine;

  @Setup
  public void setUp() {
    machine = AslParser.create().parse(saga(tasks), "saga.asl.json").model().orElseThrow();
  }

  @Benchmark
  public String svg() {
    return StateGraph.render(machine, GraphFormat.SVG);
  }

  @Benchmark
  public String mermaid() {
    return StateGraph.render(machine, GraphFormat.MERMAID);
  }

  static String saga(int n) {
    String arn = "\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:step\"";
    StringBuilder s = new StringBuilder("{\"StartAt\":\"T0\",\"States\":{");
    for (int i = 0; i < n; i++) {
      String next = i + 1 < n ? "\"Next\":\"T" + (i + 1) + "\"" : "\"End\":true";
      if (i == n / 2) {
        s.append("\"T").append(i).append("\":{\"Type\":\"Parallel\",").append(next).append(",\"Branches\":[");
        for (int b = 0; b < 3; b++) {
          s.append(b == 0 ? "" : ",").append("{\"StartAt\":\"B").append(b).append("_0\",\"States\":{");
          for (int k = 0; k < 3; k++) {
            s.append(k == 0 ? "" : ",").append("\"B").append(b).append('_').append(k).append("\":{\"Type\":\"Task\",")
                .append(arn).append(',').append(k < 2 ? "\"Next\":\"B" + b + "_" + (k + 1) + "\"" : "\"End\":true")
                .append('}');
          }
          s.append("}}");
        }
        s.append("]},");
        continue;
      }
      s.append("\"T").append(i).append("\":{\"Type\":\"Task\",").append(arn).append(',').append(next);
      if (i % 3 == 2) {
        s.append(",\"Retry\":[{\"ErrorEquals\":[\"States.Timeout\"],\"MaxAttempts\":3}]")
            .append(",\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"C").append(i).append("\"}]");
      }
      s.append("},");
      if (i % 3 == 2) {
        String back = i >= 3 ? "C" + (i - 3) : "Failed";
        s.append("\"C").append(i).append("\":{\"Type\":\"Task\",").append(arn).append(",\"Next\":\"")
            .append(back).append("\"},");
      }
    }
    return s.append("\"Failed\":{\"Type\":\"Fail\",\"Error\":\"SagaFailed\"}}}").toString();
  }
}
