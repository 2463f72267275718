package dev.asl4j.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.HistoryEvent;
import dev.asl4j.interpreter.LoadOptions;
import dev.asl4j.interpreter.StartOptions;
import dev.asl4j.interpreter.StateMachineDefinition;
import dev.asl4j.interpreter.spi.StoredExecution;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM runs the saga and approval samples on a store and is killed with SIGKILL at random
 * points, then restarted on the same store, until one life finishes. Every execution must end
 * exactly as in an uninterrupted run (status, error, output, and the states it entered, in order:
 * no state entered twice), no approval token may be lost and nothing may be left RUNNING.
 */
class CrashRecoveryTest {
  /** Executions of each sample: 1,000 in all. */
  private static final int N = 500;
  private static final int KILLS = 5;

  @TempDir Path dir;

  @Test
  void sqliteSurvivesKillNine() throws Exception {
    crashAndCheck(dir.resolve("crash.db").toString());
  }

  @Test
  void postgresSurvivesKillNine() throws Exception {
    TestPostgres.reset();
    crashAndCheck(TestPostgres.url());
  }

  private void crashAndCheck(String location) throws Exception {
    Random rnd = new Random(4242);
    int kills = 0;
    int interrupted = 0;
    int endedSoFar = 0; // across lives; an end whose commit died with a worker counts twice
    for (int life = 0; kills < KILLS && life < 3 * KILLS; life++) {
      Process p = launch(location, life);
      // kill after 3-10% of what is left has ended: mid-way however fast the machine is, and
      // enough work left for every later kill
      int left = Math.max(1, 2 * N - endedSoFar);
      int target = Math.max(1, left * (3 + rnd.nextInt(8)) / 100);
      int ended = untilEndedOrExit(p, target);
      endedSoFar += ended;
      if (!p.isAlive()) {
        break; // it finished before the kill: nothing left to interrupt
      }
      p.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
      p.waitFor();
      kills++;
      try (JdbcExecutionStore s = JdbcExecutionStore.open(location, StoreOptions.defaults())) {
        int running = s.list(null, ExecutionStatus.RUNNING, null, 1000).executions().size();
        System.out.println("kill " + kills + " after " + ended + " ends: " + running
            + " executions left RUNNING");
        if (running > 0) {
          interrupted++;
        }
      }
    }
    Process last = launch(location, 99);
    assertThat(last.waitFor(150, TimeUnit.SECONDS)).as("the last worker finishes").isTrue();
    String out = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(out).as("worker log in " + dir).contains("DONE");
    assertThat(kills).as("kills before the work was done").isGreaterThanOrEqualTo(KILLS);
    assertThat(interrupted).as("kills that left executions mid-way").isGreaterThanOrEqualTo(KILLS - 1);
    check(location);
  }

  /**
   * Reads the worker's output until {@code target} executions have ended, it exits, or 60 s pass
   * with no progress; returns how many ended. A reader thread keeps the wait bounded.
   */
  private static int untilEndedOrExit(Process p, int target) throws InterruptedException {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (java.io.BufferedReader r = new java.io.BufferedReader(
          new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the worker was killed: its pipe closes
      }
      lines.add("<eof>");
    }, "crash-worker-output");
    reader.setDaemon(true);
    reader.start();
    boolean ready = false;
    int ended = 0;
    while (ended < target) {
      String line = lines.poll(60, TimeUnit.SECONDS);
      if (line != null && line.equals("DONE")) {
        p.waitFor(30, TimeUnit.SECONDS); // it halts right after DONE
        break;
      }
      if (line == null || line.equals("<eof>")) {
        break; // stalled or gone: the caller decides
      }
      if (line.equals("READY")) {
        ready = true;
      } else if (ready && line.equals("ENDED")) {
        ended++;
      }
    }
    return ended;
  }

  private Process launch(String location, int life) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp",
        System.getProperty("java.class.path"), CrashWorker.class.getName(), location,
        Integer.toString(N));
    pb.redirectError(dir.resolve("worker-" + life + ".err").toFile());
    return pb.start();
  }

  private void check(String location) {
    AslEngine reference = new CrashWorkload(null).register(
        AslEngine.builder().scheduler(new VirtualTimeScheduler()), this::referenceEngine).build();
    referenceHolder = reference;
    try (JdbcExecutionStore store = JdbcExecutionStore.open(location, StoreOptions.defaults())) {
      assertThat(store.list(null, ExecutionStatus.RUNNING, null, 10).executions())
          .as("left RUNNING").isEmpty();
      compare(store, reference, CrashWorkload.SAGA, "saga-", CrashWorkload::sagaInput);
      compare(store, reference, CrashWorkload.APPROVAL, "appr-", CrashWorkload::approvalInput);
    }
  }

  private AslEngine referenceHolder;

  private AslEngine referenceEngine() {
    return referenceHolder;
  }

  private static void compare(JdbcExecutionStore store, AslEngine reference, Path file,
      String prefix, IntFunction<JsonNode> input) {
    StateMachineDefinition m;
    try {
      m = reference.load(file, LoadOptions.defaults());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    for (int i = 0; i < N; i++) {
      String name = prefix + i;
      ExecutionResult want = m.run(input.apply(i), StartOptions.defaults().withName(name));
      String arn = m.arn().replace(":stateMachine:", ":execution:") + ":" + name;
      StoredExecution got = store.find(arn).orElseThrow(() -> new AssertionError(name + " lost"));
      assertThat(got.status()).as(name).isEqualTo(want.status());
      assertThat(got.error()).as(name).isEqualTo(want.error());
      assertThat(got.cause()).as(name).isEqualTo(want.cause());
      if (want.output() != null) {
        assertThat(parse(got.output())).as(name).isEqualTo(want.output());
      }
      List<HistoryEvent> h = store.history(arn, 0, 100_000);
      assertThat(entered(h)).as(name + " states entered").isEqualTo(entered(want.history()));
      for (int k = 0; k < h.size(); k++) {
        assertThat(h.get(k).id()).as(name + " event ids").isEqualTo(k + 1);
      }
      assertThat(got.eventCount()).isEqualTo(h.size());
    }
  }

  private static List<String> entered(List<HistoryEvent> h) {
    List<String> out = new ArrayList<>();
    for (HistoryEvent e : h) {
      if (e.type().endsWith("StateEntered")) {
        out.add(e.details().path("name").asText());
      }
    }
    out.add(h.get(h.size() - 1).type());
    return out;
  }

  private static JsonNode parse(String s) {
    try {
      return Rows.JSON.readTree(s);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String read(Path p) throws IOException {
    return Files.readString(p);
  }
}
