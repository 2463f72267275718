package dev.asl4j.store.jdbc;

import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.HistoryEvent;
import dev.asl4j.interpreter.spi.Checkpoint;
import dev.asl4j.interpreter.spi.Claim;
import dev.asl4j.interpreter.spi.ExecutionPage;
import dev.asl4j.interpreter.spi.ExecutionStore;
import dev.asl4j.interpreter.spi.StoreException;
import dev.asl4j.interpreter.spi.StoredDefinition;
import dev.asl4j.interpreter.spi.StoredExecution;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A durable {@link ExecutionStore} on SQLite (one file, one process: the embedded default) or
 * PostgreSQL (several engines on one database share the executions through leases). The schema is
 * created and migrated on open; a file or database that is not a usable asl4j store is refused
 * with a clear message before anything in it changes.
 *
 * <pre>{@code
 * try (JdbcExecutionStore store = JdbcExecutionStore.sqlite(Path.of("asl4j.db"));
 *      AslEngine engine = AslEngine.builder().store(store).build()) {
 *   ...
 * }
 * ExecutionStore shared = JdbcExecutionStore.open("jdbc:postgresql://db:5432/asl?user=asl",
 *     StoreOptions.defaults().withOwner("node-1"));
 * }</pre>
 */
public final class JdbcExecutionStore implements ExecutionStore {
  private final Dialect dialect;
  private final String where;
  private final Connection conn;
  private final StoreOptions options;
  private final Writes writes;
  private final GroupCommit group;
  private final ScheduledExecutorService heartbeat;
  private volatile boolean closed;

  private JdbcExecutionStore(Dialect dialect, String where, Connection conn, StoreOptions options) {
    this.dialect = dialect;
    this.where = where;
    this.conn = conn;
    this.options = options;
    this.writes = new Writes(conn, dialect, where, options);
    this.group = new GroupCommit(writes::write, options.maxBatch());
    if (dialect == Dialect.POSTGRES) {
      renewLeases(options.lease()); // the node's lease exists before it holds anything
      heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "asl4j-store-heartbeat");
        t.setDaemon(true);
        return t;
      });
      long every = Math.max(1, options.lease().toMillis() / 3);
      heartbeat.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
    } else {
      heartbeat = null;
    }
  }

  /** Opens (creating or migrating) the SQLite store {@code file} with default options. */
  public static JdbcExecutionStore sqlite(Path file) {
    return sqlite(file, StoreOptions.defaults());
  }

  /** Opens (creating or migrating) the SQLite store {@code file}. */
  public static JdbcExecutionStore sqlite(Path file, StoreOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    SqliteChecks.beforeOpen(file, options.minFreeBytes());
    String where = file.toString();
    Connection c = null;
    try {
      c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      c.setAutoCommit(true);
      boolean ours = SqliteChecks.inspect(c, file, options.integrityCheck());
      int version = Schema.version(c, ours, where);
      if (version > Schema.CURRENT) {
        Schema.migrate(c, version, Dialect.SQLITE, where); // throws: newer schema, untouched
      }
      try (var s = c.createStatement()) {
        // One process owns the file: a second engine on it fails here instead of double-running.
        s.execute("PRAGMA locking_mode=EXCLUSIVE");
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=" + (options.fsyncEveryCommit() ? "FULL" : "NORMAL"));
      }
      c.setAutoCommit(false);
      Schema.migrate(c, version, Dialect.SQLITE, where);
      try (var s = c.createStatement()) {
        s.execute("UPDATE asl4j_schema SET app = 'asl4j'"); // takes the exclusive lock now
      }
      c.commit();
      return new JdbcExecutionStore(Dialect.SQLITE, where, c, options);
    } catch (SQLException e) {
      closeQuietly(c);
      throw Writes.translate(where, "cannot open", e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  /** Opens (creating or migrating the schema) a PostgreSQL store. */
  public static JdbcExecutionStore postgres(
      String url, String user, String password, StoreOptions options) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(options, "options");
    String where = url.replaceAll("password=[^&]*", "password=***");
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    Connection c = null;
    try {
      c = DriverManager.getConnection(url, p);
      c.setAutoCommit(false);
      try (var s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(4242004)"); // one node migrates at a time
      }
      boolean exists;
      try (ResultSet rs = c.getMetaData().getTables(null, null, "asl4j_schema", null)) {
        exists = rs.next();
      }
      Schema.migrate(c, Schema.version(c, exists, where), Dialect.POSTGRES, where);
      c.commit();
      return new JdbcExecutionStore(Dialect.POSTGRES, where, c, options);
    } catch (SQLException e) {
      closeQuietly(c);
      throw Writes.translate(where, "cannot open", e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  /** A {@code jdbc:postgresql:} URL (user and password in it) or an SQLite file path. */
  public static JdbcExecutionStore open(String location, StoreOptions options) {
    Objects.requireNonNull(location, "location");
    if (location.startsWith("jdbc:postgresql:")) {
      return postgres(location, null, null, options);
    }
    String file = location.startsWith("jdbc:sqlite:") ? location.substring(12) : location;
    return sqlite(Path.of(file), options);
  }

  /** This node's owner name in leases. */
  public String owner() {
    return options.owner();
  }

  @Override
  public Duration leaseDuration() {
    return options.lease();
  }

  @Override
  public String describe() {
    return where;
  }

  /** One piece of work on the connection: reads and writes may throw SQLException. */
  private interface Sql<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code body} under the connection's lock as one transaction ({@code write}: committed;
   * else a read, ended), rolling back and naming the store and {@code what} on failure.
   */
  private <T> T tx(String what, boolean write, Sql<T> body) {
    synchronized (conn) {
      open();
      try {
        T t = body.run();
        if (write) {
          conn.commit();
        } else {
          Writes.endRead(conn);
        }
        return t;
      } catch (SQLException e) {
        Writes.rollback(conn);
        throw Writes.translate(where, what, e);
      }
    }
  }

  @Override
  public void saveDefinition(StoredDefinition d) {
    tx("cannot store the definition", true, () -> {
      writes.saveDefinition(d);
      return null;
    });
  }

  @Override
  public Optional<StoredDefinition> definition(String id) {
    return tx("cannot read definition " + id, false, () -> {
      try (PreparedStatement ps = conn.prepareStatement(
          "SELECT state_machine_arn, name, type, source FROM asl4j_definitions WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next()
              ? Optional.of(new StoredDefinition(id, rs.getString(1), rs.getString(2),
                  rs.getString(3), rs.getString(4)))
              : Optional.empty();
        }
      }
    });
  }

  @Override
  public void commit(Checkpoint checkpoint) {
    Objects.requireNonNull(checkpoint, "checkpoint");
    open();
    group.submit(checkpoint);
  }

  @Override
  public Optional<StoredExecution> find(String executionArn) {
    return tx("cannot read execution " + executionArn, false, () -> {
      try (PreparedStatement ps = conn.prepareStatement(
          "SELECT " + Rows.EXECUTION_COLUMNS + " FROM asl4j_executions WHERE arn = ?")) {
        ps.setString(1, executionArn);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(Rows.execution(rs)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public ExecutionPage list(
      String stateMachineArn, ExecutionStatus status, String nextToken, int max) {
    if (max < 1 || max > 1000) {
      throw new IllegalArgumentException("max (" + max + ") must be 1 to 1000");
    }
    long offset = Pages.offset(nextToken);
    StringBuilder sql = new StringBuilder("SELECT " + Rows.EXECUTION_COLUMNS
        + " FROM asl4j_executions WHERE 1 = 1");
    if (stateMachineArn != null) {
      sql.append(" AND state_machine_arn = ?");
    }
    if (status != null) {
      sql.append(" AND status = ?");
    }
    sql.append(" ORDER BY start_ms DESC, arn LIMIT ? OFFSET ?");
    List<StoredExecution> out = tx("cannot list executions", false, () -> {
      try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
        int i = 1;
        if (stateMachineArn != null) {
          ps.setString(i++, stateMachineArn);
        }
        if (status != null) {
          ps.setString(i++, status.name());
        }
        ps.setInt(i++, max + 1);
        ps.setLong(i, offset);
        List<StoredExecution> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(Rows.execution(rs));
          }
        }
        return rows;
      }
    });
    boolean more = out.size() > max;
    return new ExecutionPage(more ? out.subList(0, max) : out,
        more ? Optional.of(Pages.token(offset + max)) : Optional.empty());
  }

  @Override
  public List<HistoryEvent> history(String executionArn, long afterId, int max) {
    return tx("cannot read the history of " + executionArn, false, () -> {
      try (PreparedStatement ps = conn.prepareStatement("SELECT id, previous_id, ts, type,"
          + " details FROM asl4j_events WHERE execution_arn = ? AND id > ? ORDER BY id LIMIT ?")) {
        ps.setString(1, executionArn);
        ps.setLong(2, afterId);
        ps.setInt(3, max);
        List<HistoryEvent> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(Rows.event(rs, where));
          }
        }
        return out;
      }
    });
  }

  @Override
  public List<Claim> claim(Duration lease, int max) {
    return tx("cannot claim executions", true, () -> writes.claim(lease, max));
  }

  @Override
  public int renewLeases(Duration lease) {
    if (dialect == Dialect.SQLITE) {
      return 0; // one process holds the file: no leases to renew
    }
    return tx("cannot renew leases", true, () -> {
      writes.renewNode(writes.clock.millis() + lease.toMillis());
      return 1;
    });
  }

  @Override
  public void releaseLeases() {
    if (closed) {
      return;
    }
    tx("cannot release leases", true, () -> {
      writes.dropNode();
      return null;
    });
  }

  @Override
  public int purge(Instant endedBefore) {
    return tx("cannot purge executions", true, () -> writes.purge(endedBefore.toEpochMilli()));
  }

  /** Stops renewing leases, as a node that hangs would (tests of lease expiry and fencing). */
  void stopHeartbeat() {
    if (heartbeat != null) {
      heartbeat.shutdownNow();
    }
  }

  private void beat() {
    try {
      renewLeases(options.lease());
    } catch (RuntimeException e) {
      // The next beat tries again; a lease that runs out meanwhile shows as LeaseLostException.
    }
  }

  @Override
  public void close() {
    if (heartbeat != null) {
      heartbeat.shutdownNow();
    }
    synchronized (conn) {
      if (closed) {
        return;
      }
      closed = true;
      closeQuietly(conn);
    }
  }

  private void open() {
    if (closed) {
      throw new StoreException(where + ": the store is closed");
    }
  }

  Dialect dialect() {
    return dialect;
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing after a failure: the first error is the one to report
      }
    }
  }
}
