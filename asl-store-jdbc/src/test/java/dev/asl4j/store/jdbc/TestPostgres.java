package dev.asl4j.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One embedded PostgreSQL server for the whole test JVM (binaries from Maven Central, bound to
 * 127.0.0.1 on a free port), stopped when the JVM exits.
 */
final class TestPostgres {
  private static EmbeddedPostgres pg;

  private TestPostgres() {}

  static synchronized EmbeddedPostgres server() {
    if (pg == null) {
      try {
        pg = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = pg;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException ignored) {
          // the JVM is exiting
        }
      }));
    }
    return pg;
  }

  static String url() {
    return server().getJdbcUrl("postgres", "postgres");
  }

  static Connection connection() throws SQLException {
    return server().getPostgresDatabase().getConnection();
  }

  /** Drops the store's tables. */
  static void reset() throws SQLException {
    try (Connection c = connection(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS asl4j_events, asl4j_executions, asl4j_definitions, asl4j_nodes,"
          + " asl4j_schema");
    }
  }
}
