package dev.asl4j.interpreter.spi;

import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.HistoryEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where an engine keeps its executions so that they survive a restart. The engine calls {@link
 * #commit} with one {@link Checkpoint} per execution each time the execution has advanced and
 * nothing of it is left to run (every branch waits on a timer, a task or a token, or the execution
 * ended); the checkpoint's events and state are stored in one transaction before the execution
 * goes on. On build, an engine {@link #claim claims} the unfinished executions and resumes them.
 *
 * <p>Implementations must be thread-safe; {@link #commit} may be called from many threads at once
 * (and should then batch the callers' checkpoints into one transaction: group commit). Failures
 * are {@link StoreException}s whose message names the store and what went wrong.
 *
 * <pre>{@code
 * try (ExecutionStore store = JdbcExecutionStore.sqlite(Path.of("asl4j.db"));
 *      AslEngine engine = AslEngine.builder().store(store).build()) {
 *   engine.load(definition).start(input);
 * }
 * }</pre>
 */
public interface ExecutionStore extends AutoCloseable {
  /** A name for messages, e.g. the database file. */
  String describe();

  /** Stores a definition's source under its id (idempotent: the id is a hash of the source). */
  void saveDefinition(StoredDefinition definition);

  /** The definition stored under {@code id}. */
  Optional<StoredDefinition> definition(String id);

  /**
   * Stores every checkpoint (events appended, state replaced), all or nothing per checkpoint,
   * before returning. A checkpoint whose {@link Checkpoint#fence() fence} no longer matches (another
   * node claimed the execution) is refused with {@link LeaseLostException}.
   */
  void commit(Checkpoint checkpoint);

  /** The execution with this ARN. */
  Optional<StoredExecution> find(String executionArn);

  /**
   * Executions, newest first, optionally only of one state machine and/or status.
   *
   * @param nextToken null for the first page, else the token of the previous page
   * @param max page size, 1 to 1000
   */
  ExecutionPage list(String stateMachineArn, ExecutionStatus status, String nextToken, int max);

  /** Up to {@code max} history events with ids greater than {@code afterId}, in order. */
  List<HistoryEvent> history(String executionArn, long afterId, int max);

  /**
   * Claims up to {@code max} unfinished executions that nobody holds (never claimed, or whose
   * holder's lease has run out) for {@code lease}; each claim raises the execution's fence. With
   * several nodes on one database, two claims never return the same execution.
   */
  List<Claim> claim(Duration lease, int max);

  /** How long this store's claims last without a heartbeat (default 30 s). */
  default Duration leaseDuration() {
    return Duration.ofSeconds(30);
  }

  /** Extends this store's leases on every execution it holds; returns how many. */
  int renewLeases(Duration lease);

  /** Gives up this store's leases so another node may claim the executions at once. */
  void releaseLeases();

  /** Deletes executions (and their history) that ended before {@code endedBefore}. */
  int purge(java.time.Instant endedBefore);

  /** Closes connections; further calls fail. */
  @Override
  void close();
}
