package dev.asl4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.StateMachineDefinition;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Memory and threads of executions parked on task tokens (target: under 2 KiB of heap and no
 * thread each). Starts N executions (default 100,000) of a one-state {@code .waitForTaskToken}
 * machine, forces GC, and prints the used-heap growth per execution and the live thread count;
 * then completes every token and checks that every execution succeeded with the sent output.
 *
 * <pre>
 * java -cp asl-bench/target/benchmarks.jar dev.asl4j.bench.ParkedTokens [N [pause]]
 * java -Dasl4j.keepHistory=false -cp … ParkedTokens     # executions keep no history in memory
 * </pre>
 *
 * The heap figure includes what the caller keeps to finish the executions later (one {@link
 * Execution} handle and one token string each, as an application would); it excludes the
 * first-use costs of the engine, paid by a warm-up batch measured separately.
 */
public final class ParkedTokens {
  static final String RESOURCE = "arn:aws:states:::lambda:invoke.waitForTaskToken";
  static final String DEFINITION = "{\"StartAt\":\"Approve\",\"States\":{\"Approve\":{"
      + "\"Type\":\"Task\",\"Resource\":\"" + RESOURCE + "\","
      + "\"Parameters\":{\"FunctionName\":\"approver\",\"Payload\":{\"token.$\":\"$$.Task.Token\",\"order.$\":\"$.order\"}},"
      + "\"End\":true}}}";

  private ParkedTokens() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    List<String> tokens = new ArrayList<>(n + 1000);
    boolean keepHistory = Boolean.parseBoolean(System.getProperty("asl4j.keepHistory", "true"));
    System.out.println("history kept in memory: " + keepHistory);
    AslEngine engine = AslEngine.builder()
        .keepHistory(keepHistory)
        .taskHandler(RESOURCE, request -> {
          tokens.add(request.taskToken().orElseThrow());
          return JsonNodeFactory.instance.objectNode().put("StatusCode", 200);
        })
        .build();
    StateMachineDefinition def = engine.load(DEFINITION, "approval.asl.json");
    JsonNode input = JsonNodeFactory.instance.objectNode().put("order", "o-1");
    JsonNode answer = JsonNodeFactory.instance.objectNode().put("approved", true);

    // Warm-up: first-use costs (class loading, JIT, caches) are not per execution.
    List<Execution> warm = start(def, input, 1000);
    complete(engine, tokens, warm, answer);
    tokens.clear();

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
    long before = usedAfterGc(memory);
    long t0 = System.nanoTime();
    List<Execution> parked = start(def, input, n);
    long startNanos = System.nanoTime() - t0;
    long after = usedAfterGc(memory);
    int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
    if (args.length > 1 && "pause".equals(args[1])) {
      // Time to look at the parked heap, e.g. jcmd PID GC.class_histogram.
      System.out.println("pid " + ProcessHandle.current().pid() + ": parked; press Enter to go on");
      System.in.read();
    }
    if (tokens.size() != n) {
      throw new IllegalStateException(tokens.size() + " tokens issued for " + n + " executions");
    }
    for (Execution e : parked) {
      if (e.result().isPresent()) {
        throw new IllegalStateException(e.name() + " is not parked: " + e.result().get().status());
      }
    }
    double perExecution = (after - before) / (double) n;
    System.out.printf(Locale.ROOT, "parked executions: %,d (started in %.0f ms, %.0f executions/s)%n",
        n, startNanos / 1e6, n / (startNanos / 1e9));
    System.out.printf(Locale.ROOT, "heap used after GC: %,d -> %,d bytes: %.0f bytes per parked execution"
        + " (target < 2048)%n", before, after, perExecution);
    System.out.printf(Locale.ROOT, "live threads: %d before, %d with all parked (target: no thread each)%n",
        threadsBefore, threadsAfter);

    t0 = System.nanoTime();
    complete(engine, tokens, parked, answer);
    System.out.printf(Locale.ROOT, "completed all %,d tokens in %.0f ms: every execution SUCCEEDED with the sent output%n",
        n, (System.nanoTime() - t0) / 1e6);
    boolean ok = perExecution < 2048 && threadsAfter - threadsBefore < 16;
    System.out.println(ok ? "targets met" : "TARGET MISSED");
    System.exit(ok ? 0 : 1);
  }

  private static List<Execution> start(StateMachineDefinition def, JsonNode input, int n) {
    List<Execution> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(def.start(input));
    }
    return out;
  }

  private static void complete(AslEngine engine, List<String> tokens, List<Execution> executions, JsonNode answer) {
    for (String t : tokens) {
      engine.sendTaskSuccess(t, answer);
    }
    for (Execution e : executions) {
      ExecutionResult r = e.awaitResult(Duration.ofSeconds(30));
      if (!r.succeeded() || !answer.equals(r.output())) {
        throw new IllegalStateException(e.name() + " ended " + r.status() + " " + r.error() + " " + r.output());
      }
    }
  }

  /** The smallest used heap over a few full collections (System.gc() is stop-the-world here). */
  private static long usedAfterGc(MemoryMXBean memory) {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
