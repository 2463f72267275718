package dev.asl4j.server.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.server.spi.ServerStore.Kind;
import org.junit.jupiter.api.Test;

class InMemoryServerStoreTest {
  private static ObjectNode doc(String v) {
    return JsonNodeFactory.instance.objectNode().put("v", v);
  }

  @Test
  void putGetListDeleteByKindAndParent() {
    InMemoryServerStore s = new InMemoryServerStore(10);
    s.put(Kind.VERSION, "m:1", "m", doc("1"));
    s.put(Kind.VERSION, "m:2", "m", doc("2"));
    s.put(Kind.VERSION, "n:1", "n", doc("n1"));
    assertThat(s.get(Kind.VERSION, "m:2")).contains(doc("2"));
    assertThat(s.get(Kind.ALIAS, "m:2")).isEmpty();
    assertThat(s.list(Kind.VERSION, "m")).containsExactly(doc("1"), doc("2"));
    assertThat(s.list(Kind.VERSION, null)).hasSize(3);
    assertThat(s.delete(Kind.VERSION, "m:1")).isTrue();
    assertThat(s.delete(Kind.VERSION, "m:1")).isFalse();
    s.put(Kind.VERSION, "m:2", "m", doc("2b")); // replacing keeps the place
    assertThat(s.list(Kind.VERSION, "m")).containsExactly(doc("2b"));
  }

  @Test
  void executionsAreBoundedOldestFirst() {
    InMemoryServerStore s = new InMemoryServerStore(3);
    for (int i = 0; i < 5; i++) {
      s.put(Kind.EXECUTION, "e" + i, "m", doc("e" + i));
      s.put(Kind.STATE_MACHINE, "m" + i, null, doc("m" + i));
    }
    assertThat(s.list(Kind.EXECUTION, "m")).containsExactly(doc("e2"), doc("e3"), doc("e4"));
    assertThat(s.get(Kind.EXECUTION, "e0")).isEmpty();
    assertThat(s.list(Kind.STATE_MACHINE, null)).hasSize(5); // only executions are bounded
  }
}
