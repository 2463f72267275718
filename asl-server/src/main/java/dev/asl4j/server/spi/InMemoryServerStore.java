package dev.asl4j.server.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The default {@link ServerStore}: everything in memory, gone when the server stops. Executions
 * are bounded: beyond {@code maxExecutions} records the oldest one is forgotten (DescribeExecution
 * then answers {@code ExecutionDoesNotExist}, as AWS does after its retention period).
 *
 * <pre>{@code
 * ServerStore store = new InMemoryServerStore(100_000);
 * }</pre>
 */
public final class InMemoryServerStore implements ServerStore {
  private record Entry(String parent, ObjectNode document) {}

  private final int maxExecutions;
  private final Map<Kind, LinkedHashMap<String, Entry>> records = new EnumMap<>(Kind.class);

  /** A store keeping at most {@code maxExecutions} executions (at least 1). */
  public InMemoryServerStore(int maxExecutions) {
    if (maxExecutions < 1) {
      throw new IllegalArgumentException("maxExecutions (" + maxExecutions + ") must be at least 1");
    }
    this.maxExecutions = maxExecutions;
    for (Kind k : Kind.values()) {
      records.put(k, new LinkedHashMap<>());
    }
  }

  @Override
  public synchronized void put(Kind kind, String arn, String parentArn, ObjectNode document) {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(document, "document");
    LinkedHashMap<String, Entry> m = records.get(kind);
    m.put(arn, new Entry(parentArn, document));
    if (kind == Kind.EXECUTION && m.size() > maxExecutions) {
      Iterator<String> oldest = m.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
  }

  @Override
  public synchronized Optional<ObjectNode> get(Kind kind, String arn) {
    Entry e = arn == null ? null : records.get(kind).get(arn);
    return e == null ? Optional.empty() : Optional.of(e.document());
  }

  @Override
  public synchronized List<ObjectNode> list(Kind kind, String parentArn) {
    List<ObjectNode> out = new ArrayList<>();
    for (Entry e : records.get(kind).values()) {
      if (parentArn == null || parentArn.equals(e.parent())) {
        out.add(e.document());
      }
    }
    return out;
  }

  @Override
  public synchronized boolean delete(Kind kind, String arn) {
    return records.get(kind).remove(arn) != null;
  }
}
