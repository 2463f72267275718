package dev.asl4j.interpreter.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryExecutionStoreTest {
  private static StoredExecution ex(String name, ExecutionStatus st, int sec) {
    Instant t = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(sec);
    return new StoredExecution("arn:x:" + name, name, "arn:m", "d", st, t,
        st.isTerminal() ? t : null, "{}", null, null, null, 1, 0);
  }

  private static List<HistoryEvent> ev(long id) {
    return List.of(new HistoryEvent(id, id - 1, Instant.EPOCH, "PassStateEntered",
        JsonNodeFactory.instance.objectNode()));
  }

  @Test
  void commitsFindsListsInPagesAndPurges() {
    InMemoryExecutionStore s = new InMemoryExecutionStore();
    for (int i = 0; i < 3; i++) {
      s.commit(new Checkpoint(ex("e" + i, ExecutionStatus.RUNNING, i), ev(1), "{}", true, 1));
    }
    s.commit(new Checkpoint(ex("e0", ExecutionStatus.SUCCEEDED, 0), ev(2), "{}", false, 1));
    assertThat(s.find("arn:x:e0").orElseThrow().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(s.history("arn:x:e0", 0, 10)).extracting(HistoryEvent::id).containsExactly(1L, 2L);
    ExecutionPage p = s.list("arn:m", null, null, 2);
    assertThat(p.executions()).extracting(StoredExecution::name).containsExactly("e2", "e1");
    assertThat(s.list("arn:m", null, p.nextToken().orElseThrow(), 2).executions())
        .extracting(StoredExecution::name).containsExactly("e0");
    assertThat(s.purge(Instant.parse("2030-01-01T00:00:00Z"))).isEqualTo(1);
    assertThat(s.find("arn:x:e0")).isEmpty();
  }

  @Test
  void claimsOnlyReleasedExecutionsAndFencesTheOldHolderOut() {
    InMemoryExecutionStore s = new InMemoryExecutionStore();
    s.commit(new Checkpoint(ex("a", ExecutionStatus.RUNNING, 0), ev(1), "{\"k\":1}", true, 1));
    assertThat(s.claim(Duration.ofSeconds(5), 10)).isEmpty();
    s.simulateCrash();
    List<Claim> c = s.claim(Duration.ofSeconds(5), 10);
    assertThat(c).singleElement().satisfies(x -> {
      assertThat(x.fence()).isEqualTo(2);
      assertThat(x.state()).isEqualTo("{\"k\":1}");
    });
    assertThatThrownBy(() -> s.commit(
        new Checkpoint(ex("a", ExecutionStatus.RUNNING, 0), ev(2), "{}", false, 1)))
        .isInstanceOf(LeaseLostException.class);
    assertThatThrownBy(() -> s.commit(
        new Checkpoint(ex("a", ExecutionStatus.RUNNING, 0), ev(2), "{}", true, 1)))
        .isInstanceOf(StoreException.class).hasMessageContaining("Already Exists");
  }
}
