package dev.asl4j.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.HistoryEvent;
import dev.asl4j.interpreter.spi.Checkpoint;
import dev.asl4j.interpreter.spi.Claim;
import dev.asl4j.interpreter.spi.ExecutionPage;
import dev.asl4j.interpreter.spi.LeaseLostException;
import dev.asl4j.interpreter.spi.StoreException;
import dev.asl4j.interpreter.spi.StoredDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest {
  @TempDir Path dir;

  private JdbcExecutionStore open() {
    return JdbcExecutionStore.sqlite(dir.resolve("s.db"), StoreOptions.defaults());
  }

  @Test
  void storesAndReadsBackExecutionsHistoryAndDefinitions() {
    try (JdbcExecutionStore s = open()) {
      s.saveDefinition(new StoredDefinition("def-1", Fixtures.MACHINE, "m", "STANDARD", "{}"));
      s.saveDefinition(new StoredDefinition("def-1", Fixtures.MACHINE, "m", "STANDARD", "{}"));
      s.commit(Fixtures.first("a", 0));
      s.commit(new Checkpoint(Fixtures.execution("a", ExecutionStatus.SUCCEEDED, 4, 0),
          Fixtures.events(3, 4), "{\"s\":2}", false, 1));
      var a = s.find(Fixtures.MACHINE.replace("stateMachine", "execution") + ":a").orElseThrow();
      assertThat(a.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(a.output()).isEqualTo("{\"ok\":1}");
      assertThat(a.stopTime()).isEqualTo(a.startTime().plusSeconds(1));
      List<HistoryEvent> h = s.history(a.executionArn(), 0, 100);
      assertThat(h).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L, 4L);
      assertThat(h.get(0).timestamp()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123456789Z"));
      assertThat(h.get(2).details().get("name").asText()).isEqualTo("S3");
      assertThat(s.history(a.executionArn(), 2, 1)).extracting(HistoryEvent::id).containsExactly(3L);
      assertThat(s.definition("def-1").orElseThrow().source()).isEqualTo("{}");
      assertThat(s.definition("nope")).isEmpty();
    }
    try (JdbcExecutionStore s = open()) { // reopened: still there
      assertThat(s.list(null, null, null, 10).executions()).hasSize(1);
    }
  }

  @Test
  void listsNewestFirstInPagesAndFiltersByStatus() {
    try (JdbcExecutionStore s = open()) {
      for (int i = 0; i < 5; i++) {
        s.commit(Fixtures.first("e" + i, i));
      }
      s.commit(new Checkpoint(Fixtures.execution("e2", ExecutionStatus.FAILED, 3, 2),
          Fixtures.events(3, 3), "{}", false, 1));
      ExecutionPage p1 = s.list(Fixtures.MACHINE, null, null, 2);
      assertThat(p1.executions()).extracting(e -> e.name()).containsExactly("e4", "e3");
      ExecutionPage p2 = s.list(Fixtures.MACHINE, null, p1.nextToken().orElseThrow(), 2);
      assertThat(p2.executions()).extracting(e -> e.name()).containsExactly("e2", "e1");
      ExecutionPage p3 = s.list(Fixtures.MACHINE, null, p2.nextToken().orElseThrow(), 2);
      assertThat(p3.executions()).extracting(e -> e.name()).containsExactly("e0");
      assertThat(p3.nextToken()).isEmpty();
      assertThat(s.list(null, ExecutionStatus.FAILED, null, 10).executions())
          .extracting(e -> e.name()).containsExactly("e2");
      assertThat(s.list("arn:other", null, null, 10).executions()).isEmpty();
      assertThatThrownBy(() -> s.list(null, null, "garbage!", 10))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nextToken");
    }
  }

  @Test
  void refusesADuplicateNameAndAStaleFence() {
    try (JdbcExecutionStore s = open()) {
      s.commit(Fixtures.first("a", 0));
      assertThatThrownBy(() -> s.commit(Fixtures.first("a", 0)))
          .isInstanceOf(StoreException.class).hasMessageContaining("ExecutionAlreadyExists");
      Checkpoint stale = new Checkpoint(Fixtures.execution("a", ExecutionStatus.RUNNING, 3, 0),
          Fixtures.events(3, 3), "{}", false, 7);
      assertThatThrownBy(() -> s.commit(stale)).isInstanceOf(LeaseLostException.class);
      assertThat(s.history(Fixtures.first("a", 0).execution().executionArn(), 0, 10)).hasSize(2);
    }
  }

  @Test
  void aReopenedStoreClaimsWhatTheLastProcessLeftRunningWithANewFence() {
    try (JdbcExecutionStore s = open()) {
      s.commit(Fixtures.first("a", 0));
      s.commit(Fixtures.first("b", 1));
      s.commit(new Checkpoint(Fixtures.execution("b", ExecutionStatus.SUCCEEDED, 3, 1),
          Fixtures.events(3, 3), "{}", false, 1));
      assertThat(s.claim(Duration.ofSeconds(30), 10)).isEmpty(); // it holds "a" itself
    }
    try (JdbcExecutionStore s = open()) {
      List<Claim> c = s.claim(Duration.ofSeconds(30), 10);
      assertThat(c).extracting(x -> x.execution().name()).containsExactly("a");
      assertThat(c.get(0).fence()).isEqualTo(2);
      assertThat(c.get(0).state()).isEqualTo("{\"s\":1}");
      assertThat(s.claim(Duration.ofSeconds(30), 10)).isEmpty();
      s.commit(new Checkpoint(Fixtures.execution("a", ExecutionStatus.RUNNING, 3, 0),
          Fixtures.events(3, 3), "{}", false, 2));
    }
  }

  @Test
  void groupCommitStoresEveryCheckpointOfManyThreads() throws Exception {
    try (JdbcExecutionStore s = JdbcExecutionStore.sqlite(dir.resolve("g.db"),
        StoreOptions.defaults().withMaxBatch(16))) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<?>> fs = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i;
        fs.add(pool.submit(() -> s.commit(Fixtures.first("x" + n, n))));
      }
      for (Future<?> f : fs) {
        f.get();
      }
      pool.shutdown();
      assertThat(s.list(null, ExecutionStatus.RUNNING, null, 1000).executions()).hasSize(200);
    }
  }

  @Test
  void purgesEndedExecutionsWithTheirHistory() {
    try (JdbcExecutionStore s = open()) {
      s.commit(Fixtures.first("old", 0));
      s.commit(new Checkpoint(Fixtures.execution("old", ExecutionStatus.SUCCEEDED, 3, 0),
          Fixtures.events(3, 3), "{}", false, 1));
      s.commit(Fixtures.first("running", 0));
      assertThat(s.purge(Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo(1);
      assertThat(s.list(null, null, null, 10).executions()).extracting(e -> e.name())
          .containsExactly("running");
      String old = Fixtures.execution("old", ExecutionStatus.RUNNING, 0, 0).executionArn();
      assertThat(s.history(old, 0, 10)).isEmpty();
    }
  }

  @Test
  void aSecondProcessOnTheSameFileIsRefused() {
    try (JdbcExecutionStore s = open()) {
      s.commit(Fixtures.first("a", 0));
      assertThatThrownBy(this::open).isInstanceOf(StoreException.class)
          .hasMessageContaining("in use by another process");
    }
  }

  @Test
  void aClosedStoreSaysSo() {
    JdbcExecutionStore s = open();
    s.close();
    assertThatThrownBy(() -> s.find("x")).isInstanceOf(StoreException.class)
        .hasMessageContaining("closed");
  }
}
