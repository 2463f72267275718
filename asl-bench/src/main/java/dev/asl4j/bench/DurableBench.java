package dev.asl4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.HistoryEvent;
import dev.asl4j.interpreter.StateMachineDefinition;
import dev.asl4j.store.jdbc.JdbcExecutionStore;
import dev.asl4j.store.jdbc.StoreOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Durable-engine figures (a harness, not JMH: each figure is one timed batch after a warm-up).
 *
 * <pre>
 * java -cp asl-bench/target/benchmarks.jar dev.asl4j.bench.DurableBench throughput sqlite many-executions 20000 64
 * java -cp … DurableBench throughput postgres task-saga 20000 64
 * java -cp … DurableBench park  /tmp/parked.db 100000     # executions parked on task tokens
 * java -cp … DurableBench recover /tmp/parked.db          # a new engine resumes them, timed
 * </pre>
 *
 * Throughput: N executions of a workload from {@code concurrency} threads, each execution run to
 * its end; every transition is committed before the next state starts, and group commit batches
 * the threads' commits. Transitions counted as in bench/README (states entered).
 */
public final class DurableBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN_TASK = "arn:aws:states:::lambda:invoke.waitForTaskToken";
  private static final String PARKED = "{\"StartAt\":\"Approve\",\"States\":{\"Approve\":{"
      + "\"Type\":\"Task\",\"Resource\":\"" + TOKEN_TASK + "\",\"Parameters\":{\"FunctionName\":"
      + "\"approver\",\"Payload\":{\"token.$\":\"$$.Task.Token\",\"order.$\":\"$.order\"}},"
      + "\"End\":true}}}";

  private DurableBench() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "throughput":
        throughput(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        break;
      case "park":
        park(Path.of(args[1]), Integer.parseInt(args[2]));
        break;
      case "recover":
        recover(Path.of(args[1]));
        break;
      default:
        throw new IllegalArgumentException("mode: throughput, park or recover");
    }
    System.exit(0);
  }

  private static void throughput(String kind, String workload, int n, int concurrency)
      throws Exception {
    EmbeddedPostgres pg = null;
    JdbcExecutionStore store;
    if (kind.equals("postgres")) {
      pg = EmbeddedPostgres.builder().start();
      store = JdbcExecutionStore.open(pg.getJdbcUrl("postgres", "postgres"),
          StoreOptions.defaults());
    } else {
      Path f = Files.createTempFile("asl4j-bench", ".db");
      Files.delete(f);
      store = JdbcExecutionStore.sqlite(f, StoreOptions.defaults()
          .withFsyncEveryCommit(!Boolean.getBoolean("asl4j.bench.walNormal")));
    }
    AslEngine.Builder b = AslEngine.builder().store(store);
    // Task states answer what the workload manifest says they return.
    JsonNode tasks = JSON.readTree(Workloads.read("manifest.json")).path("scenarios")
        .path(workload).path("tasks");
    tasks.fields().forEachRemaining(t -> b.taskHandler(
        "arn:aws:lambda:us-east-1:123456789012:function:" + t.getKey(),
        r -> t.getValue().path("return")));
    try (AslEngine engine = b.build()) {
      StateMachineDefinition def =
          engine.load(Workloads.read(workload + ".asl.json"), workload + ".asl.json");
      JsonNode input = JSON.readTree(Workloads.read(workload + ".input.json"));
      ExecutionResult one = def.run(input);
      long perExecution = one.history().stream().map(HistoryEvent::type)
          .filter(t -> t.endsWith("StateEntered")).count();
      System.out.println(workload + ": " + one.status() + ", " + perExecution
          + " transitions per execution");
      runBatch(def, input, Math.max(1000, n / 10), concurrency); // warm-up
      long t0 = System.nanoTime();
      int ok = runBatch(def, input, n, concurrency);
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf("%s %s: %d executions (%d succeeded) in %.2f s from %d threads:"
          + " %.0f executions/s, %.0f durable transitions/s%n", kind, workload, n, ok, s,
          concurrency, n / s, n * perExecution / s);
    } finally {
      store.close();
      if (pg != null) {
        pg.close();
      }
    }
  }

  private static int runBatch(StateMachineDefinition def, JsonNode input, int n, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger ok = new AtomicInteger();
    List<Future<?>> fs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      fs.add(pool.submit(() -> {
        while (next.getAndIncrement() < n) {
          if (def.run(input).status() == ExecutionStatus.SUCCEEDED) {
            ok.incrementAndGet();
          }
        }
      }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    pool.shutdown();
    return ok.get();
  }

  private static void park(Path file, int n) throws Exception {
    Files.deleteIfExists(file);
    List<String> tokens = new ArrayList<>(n);
    try (JdbcExecutionStore store = JdbcExecutionStore.sqlite(file, StoreOptions.defaults());
        AslEngine engine = AslEngine.builder().store(store)
            .taskHandler("approver", r -> {
              synchronized (tokens) {
                tokens.add(r.input().path("token").asText());
              }
              return JsonNodeFactory.instance.objectNode().put("StatusCode", 200);
            }).build()) {
      StateMachineDefinition def = engine.load(PARKED, "approval.asl.json");
      JsonNode input = JsonNodeFactory.instance.objectNode().put("order", "o-1");
      long t0 = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(32);
      List<Future<?>> fs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        fs.add(pool.submit(() -> def.start(input)));
      }
      for (Future<?> f : fs) {
        f.get();
      }
      pool.shutdown();
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf("parked %d executions in %.1f s (%.0f/s)%n", n, s, n / s);
    }
    long bytes = Files.size(file) + sizeOr0(Path.of(file + "-wal"));
    System.out.printf("store file: %d bytes, %.0f bytes per parked execution%n", bytes,
        (double) bytes / n);
    Files.write(Path.of(file + ".tokens"), tokens);
  }

  private static void recover(Path file) throws Exception {
    List<String> tokens = Files.readAllLines(Path.of(file + ".tokens"));
    System.gc();
    long before = used();
    int threadsBefore = Thread.activeCount();
    long t0 = System.nanoTime();
    JdbcExecutionStore store =
        JdbcExecutionStore.sqlite(file, StoreOptions.defaults().withIntegrityCheck(false));
    AslEngine engine = AslEngine.builder().store(store)
        .taskHandler("approver", r -> JsonNodeFactory.instance.objectNode()).build();
    double s = (System.nanoTime() - t0) / 1e9;
    int resumed = engine.durability().orElseThrow().running();
    System.gc();
    long heap = used() - before;
    System.out.printf("recovered %d parked executions in %.2f s; heap %.0f bytes each; threads"
        + " %d before, %d after%n", resumed, s, (double) heap / Math.max(1, resumed),
        threadsBefore, Thread.activeCount());
    JsonNode answer = JsonNodeFactory.instance.objectNode().put("approved", true);
    long t1 = System.nanoTime();
    for (String t : tokens) {
      engine.sendTaskSuccess(t, answer);
    }
    while (engine.durability().orElseThrow().running() > 0) {
      Thread.sleep(10);
    }
    System.out.printf("completed %d tokens after the restart in %.1f s; RUNNING left: %d%n",
        tokens.size(), (System.nanoTime() - t1) / 1e9,
        store.list(null, ExecutionStatus.RUNNING, null, 10).executions().size());
    engine.close();
    store.close();
  }

  private static long sizeOr0(Path p) throws java.io.IOException {
    return Files.exists(p) ? Files.size(p) : 0;
  }

  private static long used() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
