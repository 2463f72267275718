package dev.asl4j.store.jdbc;

import dev.asl4j.interpreter.spi.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables and their versions. {@code asl4j_schema} holds one row with the version; each
 * migration moves the schema one version up inside the caller's transaction. A database written by
 * a newer asl4j (a higher version) is refused untouched.
 */
final class Schema {
  /** The version this code writes. */
  static final int CURRENT = 2;

  private Schema() {}

  /** The statements that bring version {@code v - 1} to {@code v}. */
  static List<String> migration(int v, Dialect d) {
    if (v == 1) {
      String big = d.bigint;
      String txt = d.text;
      return List.of(
          "CREATE TABLE asl4j_definitions (id " + txt + " PRIMARY KEY, state_machine_arn " + txt
              + " NOT NULL, name " + txt + " NOT NULL, type " + txt + " NOT NULL, source " + txt
              + " NOT NULL)",
          "CREATE TABLE asl4j_executions (arn " + txt + " PRIMARY KEY, name " + txt + " NOT NULL,"
              + " state_machine_arn " + txt + " NOT NULL, definition_id " + txt + " NOT NULL,"
              + " status " + txt + " NOT NULL, start_ms " + big + " NOT NULL, start_time " + txt
              + " NOT NULL, stop_time " + txt + ", stop_ms " + big + ", input " + txt
              + " NOT NULL, output " + txt + ", error " + txt + ", cause " + txt + ","
              + " event_count " + big + " NOT NULL, redrive_count " + big + " NOT NULL,"
              + " state " + txt + " NOT NULL, owner " + txt + ", lease_until " + big + ","
              + " fence " + big + " NOT NULL)",
          "CREATE INDEX asl4j_executions_by_machine ON asl4j_executions"
              + " (state_machine_arn, status, start_ms)",
          "CREATE INDEX asl4j_executions_running ON asl4j_executions (status, lease_until)",
          "CREATE TABLE asl4j_events (execution_arn " + txt + " NOT NULL, id " + big
              + " NOT NULL, previous_id " + big + " NOT NULL, ts " + txt + " NOT NULL, type "
              + txt + " NOT NULL, details " + txt + " NOT NULL, PRIMARY KEY (execution_arn, id))");
    }
    if (v == 2) {
      // Leases per node instead of per execution: a heartbeat writes one row, not one per
      // execution the node holds (which bloated the table and starved commits under load).
      return List.of(
          "CREATE TABLE asl4j_nodes (holder " + d.text + " PRIMARY KEY, lease_until " + d.bigint
              + " NOT NULL)",
          "CREATE INDEX asl4j_executions_by_owner ON asl4j_executions (status, owner)",
          "UPDATE asl4j_executions SET lease_until = NULL");
    }
    throw new IllegalArgumentException("no migration to version " + v);
  }

  /** The stored version, or 0 when the schema table does not exist. */
  static int version(Connection c, boolean tableExists, String store) throws SQLException {
    if (!tableExists) {
      return 0;
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version FROM asl4j_schema")) {
      if (!rs.next()) {
        throw new StoreException(store + ": the asl4j_schema table is empty; the store is damaged"
            + " (nothing was changed)");
      }
      return rs.getInt(1);
    }
  }

  /** Refuses a newer schema; otherwise applies the missing migrations (caller commits). */
  static void migrate(Connection c, int from, Dialect d, String store) throws SQLException {
    if (from > CURRENT) {
      throw new StoreException(store + ": the store's schema is version " + from
          + ", written by a newer asl4j; this one knows versions up to " + CURRENT
          + ". Upgrade asl4j to open it (nothing was changed).");
    }
    try (Statement s = c.createStatement()) {
      if (from == 0) {
        s.execute("CREATE TABLE asl4j_schema (version " + d.bigint + " NOT NULL, app " + d.text
            + " NOT NULL)");
        s.execute("INSERT INTO asl4j_schema (version, app) VALUES (0, 'asl4j')");
      }
      for (int v = from + 1; v <= CURRENT; v++) {
        for (String sql : migration(v, d)) {
          s.execute(sql);
        }
        s.execute("UPDATE asl4j_schema SET version = " + v);
      }
    }
  }
}
