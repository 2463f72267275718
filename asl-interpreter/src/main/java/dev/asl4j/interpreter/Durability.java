package dev.asl4j.interpreter;

import dev.asl4j.interpreter.internal.CompiledMachine;
import dev.asl4j.interpreter.internal.EngineCore;
import dev.asl4j.interpreter.internal.Resumer;
import dev.asl4j.interpreter.internal.Run;
import dev.asl4j.interpreter.spi.ExecutionPage;
import dev.asl4j.interpreter.spi.ExecutionStore;
import dev.asl4j.interpreter.spi.StoredDefinition;
import dev.asl4j.interpreter.spi.StoredExecution;
import dev.asl4j.parser.model.StateMachineType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What an engine built with a store can do with its executions beyond starting them: look one up
 * by ARN, list them by state machine and status, read history in pages, stop one, resume the ones
 * no engine advances. Thread-safe.
 *
 * <pre>{@code
 * try (AslEngine engine = AslEngine.builder().store(JdbcExecutionStore.sqlite(db)).build()) {
 *   Durability d = engine.durability().orElseThrow();
 *   d.list(machineArn, ExecutionStatus.RUNNING, null, 100).executions().forEach(System.out::println);
 * }
 * }</pre>
 */
public final class Durability {
  /** How long ended executions are kept by default, as AWS keeps Standard histories. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);

  private final AslEngine engine;
  private final EngineCore core;
  private final Resumer resumer;
  private final Duration resumeEvery;
  private ScheduledExecutorService ticker;
  private volatile boolean closed;

  Durability(AslEngine engine, EngineCore core, Duration resumeEvery) {
    this.engine = engine;
    this.core = core;
    this.resumeEvery = resumeEvery;
    this.resumer = new Resumer(core, this::loadStored);
  }

  /** At build: resume what the store holds, then (if asked) keep looking for orphans. */
  void start() {
    resumer.resumeAll();
    if (resumeEvery != null) {
      ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "asl4j-resume");
        t.setDaemon(true);
        return t;
      });
      long ms = resumeEvery.toMillis();
      ticker.scheduleWithFixedDelay(this::tick, ms, ms, TimeUnit.MILLISECONDS);
    }
  }

  private void tick() {
    try {
      resumer.resumeAll();
    } catch (RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(Durability.class)
          .warn("cannot look for executions to resume: {}", e.toString());
    }
  }

  /** The store. */
  public ExecutionStore store() {
    return core.store();
  }

  /** DescribeExecution: the execution as stored. */
  public Optional<StoredExecution> describe(String executionArn) {
    return core.store().find(executionArn);
  }

  /** ListExecutions, newest first; see {@link ExecutionStore#list}. */
  public ExecutionPage list(
      String stateMachineArn, ExecutionStatus status, String nextToken, int max) {
    return core.store().list(stateMachineArn, status, nextToken, max);
  }

  /** GetExecutionHistory in pages: up to {@code max} events after {@code afterEventId}. */
  public List<HistoryEvent> history(String executionArn, long afterEventId, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max (" + max + ") must be positive");
    }
    Run live = core.live(executionArn);
    if (live != null) {
      // Uncommitted events too, as the execution's own history shows them.
      return live.history().stream().filter(e -> e.id() > afterEventId).limit(max).toList();
    }
    return core.store().history(executionArn, afterEventId, max);
  }

  /** The execution, when this engine advances it. */
  public Optional<Execution> execution(String executionArn) {
    return Optional.ofNullable(core.live(executionArn));
  }

  /** How many unfinished executions this engine advances. */
  public int running() {
    return core.liveCount();
  }

  /**
   * StopExecution for an execution this engine advances: it ends ABORTED. Returns false when
   * this engine does not advance it (ended, unknown, or held by another engine).
   */
  public boolean stop(String executionArn, String error, String cause) {
    Run r = core.live(executionArn);
    if (r == null) {
      return false;
    }
    r.stop(error, cause);
    return true;
  }

  /** Claims and resumes executions no engine advances; returns how many. */
  public int resumeOrphans() {
    return resumer.resumeAll();
  }

  /** Deletes executions that ended longer than {@code retention} ago; returns how many. */
  public int purge(Duration retention) {
    return core.store().purge(core.scheduler().now().minus(retention));
  }

  void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (ticker != null) {
      ticker.shutdownNow();
    }
    for (Run r : List.copyOf(core.liveRuns())) {
      r.detach();
    }
    core.store().releaseLeases();
  }

  private CompiledMachine loadStored(StoredDefinition d) {
    StateMachineDefinition def = engine.load(d.source(), d.name() + ".asl.json",
        LoadOptions.defaults().withName(d.name()).withArn(d.stateMachineArn())
            .withType(StateMachineType.valueOf(d.type())));
    return def.compiled();
  }

  /** Stores the definition (idempotent) and returns its id: a hash of what it is. */
  static String saveDefinition(ExecutionStore store, String arn, String name,
      StateMachineType type, String source) {
    String id;
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update((arn + "\n" + name + "\n" + type.name() + "\n" + source)
          .getBytes(StandardCharsets.UTF_8));
      id = HexFormat.of().formatHex(md.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    store.saveDefinition(new StoredDefinition(id, arn, name, type.name(), source));
    return id;
  }
}
