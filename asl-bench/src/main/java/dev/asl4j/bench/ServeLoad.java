package dev.asl4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asl4j.server.AslServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on {@code asl serve} over HTTP (not JMH: many clients against one server). Phase 1: N
 * concurrent clients (default 200) for S seconds (default 60) each start an execution of a
 * 5-state STANDARD machine and describe it, checking that it SUCCEEDED with the right output: no
 * failed request and no lost execution allowed. Phase 2: StartSyncExecution of a 5-state EXPRESS
 * machine by a few clients (default 4) and then by N, for S/3 seconds each. Prints throughput,
 * p50/p99 latencies and the peak thread counts (server pool and whole JVM).
 *
 * <pre>
 * java -Xmx4g -cp asl-bench/target/benchmarks.jar dev.asl4j.bench.ServeLoad [N [S [SYNC_CLIENTS]]]
 * </pre>
 */
public final class ServeLoad {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String FIVE_STATES = "{\"StartAt\":\"A\",\"States\":{"
      + "\"A\":{\"Type\":\"Pass\",\"Parameters\":{\"n.$\":\"$.n\"},\"Next\":\"B\"},"
      + "\"B\":{\"Type\":\"Pass\",\"Parameters\":{\"n.$\":\"States.MathAdd($.n, 1)\"},\"Next\":\"C\"},"
      + "\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericGreaterThan\":5,"
      + "\"Next\":\"D\"}],\"Default\":\"D\"},"
      + "\"D\":{\"Type\":\"Pass\",\"Result\":\"done\",\"ResultPath\":\"$.r\",\"Next\":\"E\"},"
      + "\"E\":{\"Type\":\"Succeed\"}}}";

  private ServeLoad() {}

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int syncClients = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    try (AslServer server = AslServer.builder().port(0).start()) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      URI url = server.endpoint();
      String standard = create(http, url, "load-standard", "STANDARD");
      String express = create(http, url, "load-express", "EXPRESS");
      System.out.printf(Locale.ROOT, "asl serve load: %d clients, %d s, %d cores%n", clients, seconds,
          Runtime.getRuntime().availableProcessors());
      run("warm-up", http, url, standard, express, clients, Math.max(5, seconds / 6), false);
      Result load = run("StartExecution+DescribeExecution", http, url, standard, express, clients,
          seconds, false);
      Result few = run("StartSyncExecution", http, url, standard, express, syncClients,
          Math.max(5, seconds / 3), true);
      Result many = run("StartSyncExecution", http, url, standard, express, clients,
          Math.max(5, seconds / 3), true);
      boolean ok = load.failed == 0 && load.lost == 0 && few.failed == 0 && many.failed == 0;
      System.out.println(ok ? "PASS: no failed request, no lost execution"
          : "FAIL: failed requests or lost executions");
      if (!ok) {
        System.exit(1);
      }
    }
  }

  private record Result(long ops, long failed, long lost) {}

  private static Result run(String what, HttpClient http, URI url, String standard, String express,
      int clients, int seconds, boolean sync) throws Exception {
    AtomicLong failed = new AtomicLong();
    AtomicLong lost = new AtomicLong();
    AtomicInteger peakPool = new AtomicInteger();
    AtomicInteger peakAll = new AtomicInteger();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<long[]> lat = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    int[] counts = new int[clients];
    for (int c = 0; c < clients; c++) {
      long[][] mine = {new long[1 << 12]};
      int id = c;
      Thread t = new Thread(() -> {
        int n = 0;
        while (System.nanoTime() < end) {
          try {
            long t0 = System.nanoTime();
            if (sync) {
              JsonNode r = call(http, url, "StartSyncExecution",
                  "{\"stateMachineArn\":\"" + express + "\",\"input\":\"{\\\"n\\\":" + n + "}\"}");
              long dt = System.nanoTime() - t0;
              if (r == null || !r.path("status").asText().equals("SUCCEEDED")) {
                failed.incrementAndGet();
                continue;
              }
              mine[0] = record(mine[0], n++, dt);
            } else {
              JsonNode r = call(http, url, "StartExecution",
                  "{\"stateMachineArn\":\"" + standard + "\",\"input\":\"{\\\"n\\\":" + n + "}\"}");
              long dt = System.nanoTime() - t0;
              if (r == null) {
                failed.incrementAndGet();
                continue;
              }
              JsonNode d = call(http, url, "DescribeExecution",
                  "{\"executionArn\":\"" + r.path("executionArn").asText() + "\"}");
              if (d == null) {
                failed.incrementAndGet();
              } else if (!d.path("status").asText().equals("SUCCEEDED")
                  || !JSON.readTree(d.path("output").asText()).path("n").asText()
                      .equals(String.valueOf(n + 1))) {
                lost.incrementAndGet();
              }
              mine[0] = record(mine[0], n++, dt);
            }
          } catch (Exception e) {
            failed.incrementAndGet();
          }
        }
        counts[id] = n;
        synchronized (lat) {
          lat.add(Arrays.copyOf(mine[0], n));
        }
      }, "load-client-" + c);
      threads.add(t);
    }
    long t0 = System.nanoTime();
    threads.forEach(Thread::start);
    while (System.nanoTime() < end) {
      Thread.sleep(500);
      int pool = 0;
      int all = 0;
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        all++;
        pool += t.getName().startsWith("asl-serve") ? 1 : 0;
      }
      peakPool.accumulateAndGet(pool, Math::max);
      peakAll.accumulateAndGet(all, Math::max);
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - t0) / 1e9;
    long ops = Arrays.stream(counts).asLongStream().sum();
    long[] all = lat.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf(Locale.ROOT,
        "%-34s clients %4d  %9d ops  %8.0f ops/s  p50 %6.2f ms  p99 %7.2f ms  failed %d  lost %d"
            + "  peak threads: server pool %d, JVM %d (incl. %d clients)%n",
        what, clients, ops, ops / elapsed, pct(all, 0.50), pct(all, 0.99), failed.get(), lost.get(),
        peakPool.get(), peakAll.get(), clients);
    return new Result(ops, failed.get(), lost.get());
  }

  private static long[] record(long[] a, int i, long v) {
    long[] b = i < a.length ? a : Arrays.copyOf(a, a.length * 2);
    b[i] = v;
    return b;
  }

  private static double pct(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)] / 1e6;
  }

  private static String create(HttpClient http, URI url, String name, String type) throws Exception {
    JsonNode r = call(http, url, "CreateStateMachine", JSON.createObjectNode().put("name", name)
        .put("definition", FIVE_STATES).put("roleArn", "arn:aws:iam::123456789012:role/load")
        .put("type", type).toString());
    if (r == null) {
      throw new IllegalStateException("CreateStateMachine failed");
    }
    return r.path("stateMachineArn").asText();
  }

  /** One API call; null when it did not answer 200. */
  private static JsonNode call(HttpClient http, URI url, String op, String body) throws Exception {
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(url)
        .header("Content-Type", "application/x-amz-json-1.0")
        .header("X-Amz-Target", "AWSStepFunctions." + op)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      System.err.println(op + " answered " + r.statusCode() + ": " + new String(r.body()));
      return null;
    }
    return JSON.readTree(r.body());
  }
}
