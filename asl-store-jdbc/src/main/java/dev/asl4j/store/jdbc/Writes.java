package dev.asl4j.store.jdbc;

import dev.asl4j.interpreter.HistoryEvent;
import dev.asl4j.interpreter.spi.Checkpoint;
import dev.asl4j.interpreter.spi.Claim;
import dev.asl4j.interpreter.spi.LeaseLostException;
import dev.asl4j.interpreter.spi.StoreException;
import dev.asl4j.interpreter.spi.StoredDefinition;
import dev.asl4j.interpreter.spi.StoredExecution;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The statements that change the store; callers hold the connection's lock. */
final class Writes {
  private final Connection conn;
  private final Dialect dialect;
  private final String where;
  private final StoreOptions options;
  /**
   * What leases name as their holder: the owner and this store instance, so a node restarted
   * under the same owner name can tell its predecessor's claims from its own.
   */
  private final String holder;

  /**
   * Lease times are compared across nodes sharing one database, so they are wall-clock time;
   * this is the store's one reading of it (the engine's own time stays its injected scheduler's).
   */
  final java.time.InstantSource clock = java.time.InstantSource.system();

  Writes(Connection conn, Dialect dialect, String where, StoreOptions options) {
    this.conn = conn;
    this.dialect = dialect;
    this.where = where;
    this.options = options;
    this.holder = options.owner() + "#" + java.util.UUID.randomUUID().toString().substring(0, 8);
  }

  String holder() {
    return holder;
  }

  /** One transaction for the whole batch; a refused checkpoint does not stop the others. */
  RuntimeException[] write(List<Checkpoint> batch) {
    synchronized (conn) {
      RuntimeException[] results = new RuntimeException[batch.size()];
      try (PreparedStatement ins = conn.prepareStatement("INSERT INTO asl4j_executions (arn,"
              + " name, state_machine_arn, definition_id, status, start_ms, start_time, stop_time,"
              + " stop_ms, input, output, error, cause, event_count, redrive_count, state, owner,"
              + " lease_until, fence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
              + " ?, ?) ON CONFLICT (arn) DO NOTHING");
          PreparedStatement upd = conn.prepareStatement("UPDATE asl4j_executions SET status = ?,"
              + " stop_time = ?, stop_ms = ?, output = ?, error = ?, cause = ?, event_count = ?,"
              + " redrive_count = ?, state = ?, owner = ?, lease_until = ?"
              + " WHERE arn = ? AND fence = ?");
          PreparedStatement ev = conn.prepareStatement("INSERT INTO asl4j_events (execution_arn,"
              + " id, previous_id, ts, type, details) VALUES (?, ?, ?, ?, ?, ?)")) {
        int events = 0;
        for (int i = 0; i < batch.size(); i++) {
          Checkpoint c = batch.get(i);
          StoredExecution x = c.execution();
          boolean ended = x.status().isTerminal();
          int n;
          if (c.first()) {
            ins.setString(1, x.executionArn());
            ins.setString(2, x.name());
            ins.setString(3, x.stateMachineArn());
            ins.setString(4, x.definitionId());
            ins.setString(5, x.status().name());
            ins.setLong(6, x.startTime().toEpochMilli());
            ins.setString(7, x.startTime().toString());
            Rows.setNullable(ins, 8, x.stopTime() == null ? null : x.stopTime().toString());
            Rows.setNullable(ins, 9, x.stopTime());
            ins.setString(10, x.input());
            Rows.setNullable(ins, 11, x.output());
            Rows.setNullable(ins, 12, x.error());
            Rows.setNullable(ins, 13, x.cause());
            ins.setLong(14, x.eventCount());
            ins.setLong(15, x.redriveCount());
            ins.setString(16, c.state());
            Rows.setNullable(ins, 17, ended ? null : holder);
            ins.setNull(18, java.sql.Types.BIGINT); // leases are per node: asl4j_nodes
            ins.setLong(19, c.fence());
            n = ins.executeUpdate();
            if (n == 0) {
              results[i] = new StoreException("ExecutionAlreadyExists: an execution named '"
                  + x.executionArn() + "' is already in " + where);
              continue;
            }
          } else {
            upd.setString(1, x.status().name());
            Rows.setNullable(upd, 2, x.stopTime() == null ? null : x.stopTime().toString());
            Rows.setNullable(upd, 3, x.stopTime());
            Rows.setNullable(upd, 4, x.output());
            Rows.setNullable(upd, 5, x.error());
            Rows.setNullable(upd, 6, x.cause());
            upd.setLong(7, x.eventCount());
            upd.setLong(8, x.redriveCount());
            upd.setString(9, c.state());
            Rows.setNullable(upd, 10, ended ? null : holder);
            upd.setNull(11, java.sql.Types.BIGINT);
            upd.setString(12, x.executionArn());
            upd.setLong(13, c.fence());
            n = upd.executeUpdate();
            if (n == 0) {
              results[i] = new LeaseLostException("execution " + x.executionArn()
                  + " was claimed by another engine on " + where + "; this one stops advancing it");
              continue;
            }
          }
          for (HistoryEvent e : c.newEvents()) {
            ev.setString(1, x.executionArn());
            ev.setLong(2, e.id());
            ev.setLong(3, e.previousEventId());
            ev.setString(4, e.timestamp().toString());
            ev.setString(5, e.type());
            ev.setString(6, e.details().toString());
            ev.addBatch();
            events++;
          }
        }
        if (events > 0) {
          ev.executeBatch();
        }
        conn.commit();
        return results;
      } catch (SQLException e) {
        rollback(conn);
        throw translate(where, "cannot store checkpoints", e);
      }
    }
  }

  void saveDefinition(StoredDefinition d) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO asl4j_definitions (id,"
        + " state_machine_arn, name, type, source) VALUES (?, ?, ?, ?, ?)"
        + " ON CONFLICT (id) DO NOTHING")) {
      ps.setString(1, d.id());
      ps.setString(2, d.stateMachineArn());
      ps.setString(3, d.name());
      ps.setString(4, d.type());
      ps.setString(5, d.source());
      ps.executeUpdate();
    }
  }

  /**
   * Claims free unfinished executions. On SQLite the file is held exclusively by this process, so
   * every RUNNING execution not held by this store is free; on PostgreSQL those whose lease ran
   * out, and those held under this store's own owner name (the node restarted; owner names must
   * be unique among live nodes).
   */
  List<Claim> claim(Duration lease, int max) throws SQLException {
    long now = clock.millis();
    String sql = dialect == Dialect.SQLITE
        ? "SELECT arn FROM asl4j_executions e WHERE status = 'RUNNING'"
            + " AND (owner IS NULL OR owner <> ?) ORDER BY start_ms LIMIT ?"
        // The node check is a correlated subquery, not a join: when another node has claimed
        // a row since this statement's snapshot, PostgreSQL re-checks the condition on the new
        // row version, and only a subquery is evaluated again for it (a joined node row would be
        // the stale one, and the row claimed twice).
        : "SELECT e.arn FROM asl4j_executions e WHERE e.status = 'RUNNING' AND (e.owner IS NULL"
            + " OR (e.owner <> ? AND (NOT EXISTS (SELECT 1 FROM asl4j_nodes n WHERE n.holder ="
            + " e.owner AND n.lease_until >= ?) OR e.owner LIKE ? ESCAPE '!')))"
            + " ORDER BY e.start_ms LIMIT ? FOR UPDATE SKIP LOCKED";
    List<String> arns = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setString(1, holder);
      if (dialect == Dialect.SQLITE) {
        ps.setInt(2, max);
      } else {
        ps.setLong(2, now);
        // This owner restarted: what its earlier instance held is free now.
        ps.setString(3, options.owner().replace("!", "!!").replace("%", "!%").replace("_", "!_")
            + "#%");
        ps.setInt(4, max);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          arns.add(rs.getString(1));
        }
      }
    }
    List<Claim> out = new ArrayList<>(arns.size());
    try (PreparedStatement up = conn.prepareStatement("UPDATE asl4j_executions SET owner = ?,"
            + " lease_until = ?, fence = fence + 1 WHERE arn = ?");
        PreparedStatement get = conn.prepareStatement("SELECT " + Rows.EXECUTION_COLUMNS
            + ", state, fence FROM asl4j_executions WHERE arn = ?")) {
      for (String arn : arns) {
        up.setString(1, holder);
        up.setNull(2, java.sql.Types.BIGINT);
        up.setString(3, arn);
        up.executeUpdate();
        get.setString(1, arn);
        try (ResultSet rs = get.executeQuery()) {
          if (rs.next()) {
            out.add(new Claim(Rows.execution(rs), rs.getString(14), rs.getLong(15)));
          }
        }
      }
    }
    return out;
  }

  /** Registers or renews this node's lease (PostgreSQL; caller commits). */
  void renewNode(long untilMs) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO asl4j_nodes (holder,"
        + " lease_until) VALUES (?, ?) ON CONFLICT (holder) DO UPDATE SET lease_until ="
        + " excluded.lease_until")) {
      ps.setString(1, holder);
      ps.setLong(2, untilMs);
      ps.executeUpdate();
    }
  }

  /** Ends this node's lease: everything it holds is free at once (caller commits). */
  void dropNode() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("DELETE FROM asl4j_nodes WHERE holder = ?");
        PreparedStatement ex = conn.prepareStatement("UPDATE asl4j_executions SET owner = NULL"
            + " WHERE owner = ? AND status = 'RUNNING'")) {
      ps.setString(1, holder);
      ps.executeUpdate();
      ex.setString(1, holder);
      ex.executeUpdate();
    }
  }

  int purge(long endedBeforeMs) throws SQLException {
    try (PreparedStatement ev = conn.prepareStatement("DELETE FROM asl4j_events WHERE"
            + " execution_arn IN (SELECT arn FROM asl4j_executions WHERE stop_ms < ?)");
        PreparedStatement ex = conn.prepareStatement(
            "DELETE FROM asl4j_executions WHERE stop_ms < ?")) {
      ev.setLong(1, endedBeforeMs);
      ev.executeUpdate();
      ex.setLong(1, endedBeforeMs);
      return ex.executeUpdate();
    }
  }

  static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      // SQLite may have rolled back by itself (SQLITE_FULL); resynchronize the driver's view.
      try {
        c.setAutoCommit(true);
        c.setAutoCommit(false);
      } catch (SQLException ignored) {
        // the original failure is what the caller reports
      }
    }
  }

  /** Puts the connection back into manual-commit mode with no transaction open. */
  private static void resync(Connection c) {
    for (int i = 0; i < 3; i++) {
      try {
        c.setAutoCommit(true);
      } catch (SQLException ignored) {
        // retried below
      }
      try {
        c.setAutoCommit(false);
        if (!c.getAutoCommit()) {
          return;
        }
      } catch (SQLException ignored) {
        // retried
      }
    }
  }

  /** Ends a read-only transaction. */
  static void endRead(Connection c) throws SQLException {
    if (c.getAutoCommit()) {
      resync(c);
    } else {
      c.commit();
    }
  }

  /** An SQL failure as a StoreException naming the store and, where known, the plain reason. */
  static StoreException translate(String where, String what, SQLException e) {
    String m = String.valueOf(e.getMessage());
    String reason;
    if (m.contains("SQLITE_FULL") || m.contains("disk is full") || m.contains("No space left")) {
      reason = "the disk (or the database's size limit) is full";
    } else if (m.contains("SQLITE_READONLY") || m.contains("readonly")) {
      reason = "the store is read-only";
    } else if (m.contains("SQLITE_BUSY") || m.contains("database is locked")) {
      reason = "the store is in use by another process (SQLite stores serve one engine process)";
    } else if (m.contains("SQLITE_NOTADB") || m.contains("SQLITE_CORRUPT")) {
      reason = "the file is damaged or not an asl4j store";
    } else {
      reason = m;
    }
    return new StoreException(where + ": " + what + ": " + reason, e);
  }
}
