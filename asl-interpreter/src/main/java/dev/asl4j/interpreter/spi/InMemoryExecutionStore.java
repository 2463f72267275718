package dev.asl4j.interpreter.spi;

import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link ExecutionStore} in this JVM's memory: what a durable store does, minus the disk. An
 * engine built again on the same instance resumes the executions of one that was dropped without
 * closing, which makes it the quick way to test recovery; nothing survives the JVM.
 */
public final class InMemoryExecutionStore implements ExecutionStore {
  private final InstantSource clock;
  private final Map<String, StoredDefinition> definitions = new HashMap<>();
  private final Map<String, Row> rows = new LinkedHashMap<>();
  private boolean closed;

  /** A store whose leases run on the system clock. */
  public InMemoryExecutionStore() {
    this(InstantSource.system());
  }

  /** A store whose leases run on {@code clock}. */
  public InMemoryExecutionStore(InstantSource clock) {
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  private static final class Row {
    StoredExecution execution;
    String state;
    final List<HistoryEvent> events = new ArrayList<>();
    long fence;
    Instant leaseUntil;
    boolean held;
  }

  @Override
  public String describe() {
    return "in-memory store";
  }

  @Override
  public synchronized void saveDefinition(StoredDefinition d) {
    open();
    definitions.putIfAbsent(d.id(), d);
  }

  @Override
  public synchronized Optional<StoredDefinition> definition(String id) {
    open();
    return Optional.ofNullable(definitions.get(id));
  }

  @Override
  public synchronized void commit(Checkpoint c) {
    open();
    String arn = c.execution().executionArn();
    Row r = rows.get(arn);
    if (c.first()) {
      if (r != null) {
        throw new StoreException("Execution Already Exists: '" + arn + "'");
      }
      r = new Row();
      r.fence = c.fence();
      r.held = true;
      r.leaseUntil = Instant.MAX;
      rows.put(arn, r);
    } else if (r == null || r.fence != c.fence()) {
      throw new LeaseLostException("execution " + arn + " is held by another engine now");
    }
    r.execution = c.execution();
    r.state = c.state();
    r.events.addAll(c.newEvents());
    if (c.execution().status().isTerminal()) {
      r.held = false;
    }
  }

  @Override
  public synchronized Optional<StoredExecution> find(String executionArn) {
    open();
    Row r = rows.get(executionArn);
    return r == null ? Optional.empty() : Optional.of(r.execution);
  }

  @Override
  public synchronized ExecutionPage list(
      String stateMachineArn, ExecutionStatus status, String nextToken, int max) {
    open();
    if (max < 1 || max > 1000) {
      throw new IllegalArgumentException("max (" + max + ") must be 1 to 1000");
    }
    List<StoredExecution> all = new ArrayList<>();
    for (Row r : rows.values()) {
      StoredExecution e = r.execution;
      if ((stateMachineArn == null || stateMachineArn.equals(e.stateMachineArn()))
          && (status == null || status == e.status())) {
        all.add(e);
      }
    }
    all.sort(Comparator.comparing(StoredExecution::startTime).reversed()
        .thenComparing(StoredExecution::executionArn));
    int from = nextToken == null ? 0 : Integer.parseInt(nextToken);
    int to = Math.min(all.size(), from + max);
    return new ExecutionPage(all.subList(Math.min(from, to), to),
        to < all.size() ? Optional.of(Integer.toString(to)) : Optional.empty());
  }

  @Override
  public synchronized List<HistoryEvent> history(String executionArn, long afterId, int max) {
    open();
    Row r = rows.get(executionArn);
    if (r == null) {
      return List.of();
    }
    List<HistoryEvent> out = new ArrayList<>();
    for (HistoryEvent e : r.events) {
      if (e.id() > afterId && out.size() < max) {
        out.add(e);
      }
    }
    return out;
  }

  @Override
  public synchronized List<Claim> claim(Duration lease, int max) {
    open();
    Instant now = clock.instant();
    List<Claim> out = new ArrayList<>();
    for (Row r : rows.values()) {
      if (out.size() >= max) {
        break;
      }
      if (r.execution.status() == ExecutionStatus.RUNNING
          && (!r.held || r.leaseUntil.isBefore(now))) {
        r.fence++;
        r.held = true;
        r.leaseUntil = now.plus(lease);
        out.add(new Claim(r.execution, r.state, r.fence));
      }
    }
    return out;
  }

  @Override
  public synchronized int renewLeases(Duration lease) {
    return 0; // one process: leases are released explicitly or by a new engine's claim
  }

  @Override
  public synchronized void releaseLeases() {
    for (Row r : rows.values()) {
      r.held = false;
    }
  }

  /** Forgets every lease as a crashed node would (for recovery tests). */
  public synchronized void simulateCrash() {
    releaseLeases();
  }

  @Override
  public synchronized int purge(Instant endedBefore) {
    open();
    int n = 0;
    for (var it = rows.values().iterator(); it.hasNext(); ) {
      StoredExecution e = it.next().execution;
      if (e.stopTime() != null && e.stopTime().isBefore(endedBefore)) {
        it.remove();
        n++;
      }
    }
    return n;
  }

  @Override
  public synchronized void close() {
    closed = true;
  }

  private void open() {
    if (closed) {
      throw new StoreException("the in-memory store is closed");
    }
  }
}
