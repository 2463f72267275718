package dev.asl4j.server.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A durable {@link ServerStore} in one table of an SQLite file or a PostgreSQL database, through
 * plain JDBC (the driver comes from the class path: sqlite-jdbc or the PostgreSQL driver, as
 * asl-store-jdbc brings them). Records keep their insertion order; at most {@code maxExecutions}
 * execution records are kept, the oldest deleted first.
 *
 * <pre>{@code
 * try (JdbcServerStore records = JdbcServerStore.open("jdbc:sqlite:asl-serve.db", 100_000)) {
 *   AslServer.builder().store(records)...
 * }
 * }</pre>
 */
public final class JdbcServerStore implements ServerStore, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String where;
  private final Connection c;
  private final int maxExecutions;
  private long seq;
  private long executions;

  private JdbcServerStore(String where, Connection c, int maxExecutions) throws SQLException {
    this.where = where;
    this.c = c;
    this.maxExecutions = maxExecutions;
    try (Statement s = c.createStatement()) {
      s.executeUpdate("CREATE TABLE IF NOT EXISTS asl_serve_record (kind VARCHAR(20) NOT NULL, "
          + "arn VARCHAR(2048) NOT NULL, parent VARCHAR(2048), seq BIGINT NOT NULL, "
          + "doc TEXT NOT NULL, PRIMARY KEY (kind, arn))");
      s.executeUpdate("CREATE INDEX IF NOT EXISTS asl_serve_record_parent "
          + "ON asl_serve_record (kind, parent, seq)");
      try (ResultSet r = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM asl_serve_record")) {
        r.next();
        seq = r.getLong(1);
      }
      try (ResultSet r = s.executeQuery(
          "SELECT COUNT(*) FROM asl_serve_record WHERE kind = '" + Kind.EXECUTION.name() + "'")) {
        r.next();
        executions = r.getLong(1);
      }
    }
  }

  /**
   * Opens (creating the table if needed) the store at {@code jdbcUrl}, e.g. {@code
   * jdbc:sqlite:/var/lib/asl/serve.db} or {@code jdbc:postgresql://host/db?user=u&password=p}.
   *
   * @throws IllegalStateException naming the URL (without its password) when it cannot be opened
   */
  public static JdbcServerStore open(String jdbcUrl, int maxExecutions) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (maxExecutions < 1) {
      throw new IllegalArgumentException("maxExecutions (" + maxExecutions + ") must be at least 1");
    }
    String where = jdbcUrl.replaceAll("password=[^&;]*", "password=***");
    try {
      Connection c = DriverManager.getConnection(jdbcUrl);
      try {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
          try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA busy_timeout=5000");
          }
        }
        return new JdbcServerStore(where, c, maxExecutions);
      } catch (SQLException | RuntimeException e) {
        c.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the server store " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void put(Kind kind, String arn, String parentArn, ObjectNode document) {
    Objects.requireNonNull(arn, "arn");
    String doc = text(document);
    try {
      int updated;
      try (PreparedStatement p = c.prepareStatement(
          "UPDATE asl_serve_record SET parent = ?, doc = ? WHERE kind = ? AND arn = ?")) {
        p.setString(1, parentArn);
        p.setString(2, doc);
        p.setString(3, kind.name());
        p.setString(4, arn);
        updated = p.executeUpdate();
      }
      if (updated == 0) {
        try (PreparedStatement p = c.prepareStatement(
            "INSERT INTO asl_serve_record (kind, arn, parent, seq, doc) VALUES (?, ?, ?, ?, ?)")) {
          p.setString(1, kind.name());
          p.setString(2, arn);
          p.setString(3, parentArn);
          p.setLong(4, ++seq);
          p.setString(5, doc);
          p.executeUpdate();
        }
        if (kind == Kind.EXECUTION && ++executions > maxExecutions) {
          try (PreparedStatement p = c.prepareStatement("DELETE FROM asl_serve_record WHERE kind = ? "
              + "AND seq = (SELECT MIN(seq) FROM asl_serve_record WHERE kind = ?)")) {
            p.setString(1, kind.name());
            p.setString(2, kind.name());
            executions -= p.executeUpdate();
          }
        }
      }
    } catch (SQLException e) {
      throw failure("cannot store " + arn, e);
    }
  }

  @Override
  public synchronized Optional<ObjectNode> get(Kind kind, String arn) {
    if (arn == null) {
      return Optional.empty();
    }
    try (PreparedStatement p = c.prepareStatement(
        "SELECT doc FROM asl_serve_record WHERE kind = ? AND arn = ?")) {
      p.setString(1, kind.name());
      p.setString(2, arn);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(parse(r.getString(1))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("cannot read " + arn, e);
    }
  }

  @Override
  public synchronized List<ObjectNode> list(Kind kind, String parentArn) {
    String sql = "SELECT doc FROM asl_serve_record WHERE kind = ?"
        + (parentArn == null ? "" : " AND parent = ?") + " ORDER BY seq";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, kind.name());
      if (parentArn != null) {
        p.setString(2, parentArn);
      }
      List<ObjectNode> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(parse(r.getString(1)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("cannot list " + kind, e);
    }
  }

  @Override
  public synchronized boolean delete(Kind kind, String arn) {
    try (PreparedStatement p = c.prepareStatement(
        "DELETE FROM asl_serve_record WHERE kind = ? AND arn = ?")) {
      p.setString(1, kind.name());
      p.setString(2, arn);
      boolean gone = p.executeUpdate() > 0;
      if (gone && kind == Kind.EXECUTION) {
        executions--;
      }
      return gone;
    } catch (SQLException e) {
      throw failure("cannot delete " + arn, e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw failure("cannot close", e);
    }
  }

  private IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("server store " + where + ": " + what + ": " + e.getMessage(), e);
  }

  private static String text(ObjectNode doc) {
    try {
      return JSON.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write the record: " + e.getOriginalMessage(), e);
    }
  }

  private ObjectNode parse(String doc) {
    try {
      return (ObjectNode) JSON.readTree(doc);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("server store " + where + ": a record is not a JSON object", e);
    }
  }
}
