package dev.asl4j.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.interpreter.ExecutionListener;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.spi.RealTimeScheduler;
import dev.asl4j.interpreter.HistoryEvent;
import dev.asl4j.interpreter.StartOptions;
import dev.asl4j.interpreter.StateMachineDefinition;
import dev.asl4j.interpreter.spi.ExecutionPage;
import dev.asl4j.interpreter.spi.StoredExecution;
import dev.asl4j.interpreter.spi.TaskHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two engines on one PostgreSQL database share the executions. Node A dies mid-way (its lease is
 * no longer renewed and it can no longer write); node B claims A's unfinished executions once the
 * lease has run out and finishes them. Every execution ends once, with one consistent history.
 * (That a node whose lease was taken can no longer commit is PostgresStoreTest's fence test.)
 */
class TwoNodesTest {
  private static final int N = Integer.parseInt(
      System.getenv().getOrDefault("ASL4J_TWO_NODES", "10000"));
  private static final String WORK = "arn:aws:lambda:us-east-1:123456789012:function:work";
  private static final String DEF = "{\"StartAt\":\"T\",\"States\":{"
      + "\"T\":{\"Type\":\"Task\",\"Resource\":\"" + WORK + "\",\"Next\":\"W\"},"
      + "\"W\":{\"Type\":\"Wait\",\"Seconds\":4,\"Next\":\"P\"},"
      + "\"P\":{\"Type\":\"Pass\",\"Result\":\"done\",\"ResultPath\":\"$.r\",\"End\":true}}}";

  private final ScheduledExecutorService later = Executors.newScheduledThreadPool(2);
  private final ConcurrentHashMap<String, AtomicInteger> invocations = new ConcurrentHashMap<>();

  private final AtomicInteger finishedByB = new AtomicInteger();

  private AslEngine node(JdbcExecutionStore store, RealTimeScheduler time, boolean countA) {
    TaskHandler work = TaskHandler.async(r -> {
      invocations.computeIfAbsent(r.input().path("id").asText(), k -> new AtomicInteger())
          .incrementAndGet();
      CompletableFuture<JsonNode> cf = new CompletableFuture<>();
      later.schedule(() -> cf.complete(r.input()), 1, TimeUnit.MILLISECONDS);
      return cf;
    });
    AslEngine.Builder b = AslEngine.builder().store(store).scheduler(time).taskHandler(WORK, work)
        .resumeEvery(Duration.ofMillis(300));
    if (countA) {
      b.listener(new ExecutionListener() {
        @Override
        public void onEvent(Execution execution, HistoryEvent event) {}

        @Override
        public void onEnd(Execution execution, ExecutionResult result) {
          if (Integer.parseInt(execution.name().substring(1)) % 2 == 0) {
            finishedByB.incrementAndGet(); // started by node A
          }
        }
      });
    }
    return b.build();
  }

  @Test
  void theOtherNodeFinishesTheExecutionsOfANodeWhoseLeasesRanOut() throws Exception {
    TestPostgres.reset();
    JdbcExecutionStore sa = JdbcExecutionStore.postgres(TestPostgres.url(), "postgres", null,
        StoreOptions.defaults().withOwner("a").withLease(Duration.ofSeconds(1)));
    JdbcExecutionStore sb = JdbcExecutionStore.postgres(TestPostgres.url(), "postgres", null,
        StoreOptions.defaults().withOwner("b").withLease(Duration.ofSeconds(1)));
    RealTimeScheduler timeA = new RealTimeScheduler();
    RealTimeScheduler timeB = new RealTimeScheduler();
    AslEngine a = node(sa, timeA, false);
    AslEngine b = node(sb, timeB, true);
    StateMachineDefinition da = a.load(DEF, "shared.asl.json");
    StateMachineDefinition db = b.load(DEF, "shared.asl.json");
    ExecutorService starters = Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<?>> fs = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      int k = i;
      StateMachineDefinition d = i % 2 == 0 ? da : db;
      fs.add(starters.submit(() -> d.start(Rows.JSON.createObjectNode().put("id", "e" + k),
          StartOptions.defaults().withName("e" + k))));
    }
    for (var f : fs) {
      f.get();
    }
    starters.shutdown();
    while (invocations.size() < N) {
      Thread.sleep(10); // test code: every execution's task has been invoked
    }
    Thread.sleep(50); // and answered: each waits in W now (or has already finished)
    // Node A dies: it cannot store anything any more and its lease is not renewed. (Its timers
    // still fire in this JVM: each of its executions then fails to commit and stops there.)
    sa.stopHeartbeat();
    sa.close();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (running(sb) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(100); // test code: poll the store until every execution ended
    }
    if (running(sb) > 0) {
      try (var c = TestPostgres.connection(); var st = c.createStatement();
          var rs = st.executeQuery("SELECT name, owner, event_count, fence, state FROM"
              + " asl4j_executions WHERE status = 'RUNNING' LIMIT 3")) {
        while (rs.next()) {
          System.out.println("RUNNING " + rs.getString(1) + " owner=" + rs.getString(2)
              + " events=" + rs.getLong(3) + " fence=" + rs.getLong(4) + " state="
              + rs.getString(5));
          for (HistoryEvent e : sb.history(
              "arn:aws:states:us-east-1:123456789012:execution:shared:" + rs.getString(1), 0, 100)) {
            System.out.println("   " + e.id() + " " + e.type());
          }
        }
      }
    }
    assertThat(running(sb)).as("left RUNNING").isZero();
    int total = 0;
    String token = null;
    do {
      ExecutionPage p = sb.list(null, null, token, 1000);
      for (StoredExecution x : p.executions()) {
        total++;
        assertThat(x.status()).as(x.name()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(x.output()).contains("\"r\":\"done\"");
        List<String> entered = new ArrayList<>();
        List<HistoryEvent> h = sb.history(x.executionArn(), 0, 1000);
        for (int i = 0; i < h.size(); i++) {
          assertThat(h.get(i).id()).isEqualTo(i + 1);
          if (h.get(i).type().endsWith("StateEntered")) {
            entered.add(h.get(i).details().path("name").asText());
          }
        }
        assertThat(entered).as(x.name()).containsExactly("T", "W", "P");
        assertThat(h.get(h.size() - 1).type()).isEqualTo("ExecutionSucceeded");
      }
      token = p.nextToken().orElse(null);
    } while (token != null);
    assertThat(total).isEqualTo(N);
    assertThat(invocations).hasSize(N);
    assertThat(finishedByB.get()).as("executions of node A finished by node B").isPositive();
    a.close();
    b.close();
    sb.close();
    timeA.close();
    timeB.close();
    later.shutdownNow();
  }

  private static int running(JdbcExecutionStore s) {
    return s.list(null, ExecutionStatus.RUNNING, null, 1000).executions().size();
  }
}
