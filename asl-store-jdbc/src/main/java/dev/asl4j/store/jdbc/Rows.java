package dev.asl4j.store.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.HistoryEvent;
import dev.asl4j.interpreter.spi.StoreException;
import dev.asl4j.interpreter.spi.StoredExecution;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Reading and writing rows: executions and history events. */
final class Rows {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The execution columns in the order {@link #execution} reads them. */
  static final String EXECUTION_COLUMNS = "arn, name, state_machine_arn, definition_id, status,"
      + " start_time, stop_time, input, output, error, cause, event_count, redrive_count";

  private Rows() {}

  static StoredExecution execution(ResultSet rs) throws SQLException {
    String stop = rs.getString(7);
    return new StoredExecution(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getString(4), ExecutionStatus.valueOf(rs.getString(5)), Instant.parse(rs.getString(6)),
        stop == null ? null : Instant.parse(stop), rs.getString(8), rs.getString(9),
        rs.getString(10), rs.getString(11), rs.getLong(12), (int) rs.getLong(13));
  }

  static HistoryEvent event(ResultSet rs, String store) throws SQLException {
    try {
      return new HistoryEvent(rs.getLong(1), rs.getLong(2), Instant.parse(rs.getString(3)),
          rs.getString(4), (ObjectNode) JSON.readTree(rs.getString(5)));
    } catch (IOException | ClassCastException e) {
      throw new StoreException(store + ": history event " + rs.getLong(1) + " is damaged: " + e, e);
    }
  }

  static void setNullable(PreparedStatement ps, int i, String v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, v);
    }
  }

  static void setNullable(PreparedStatement ps, int i, Instant v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v.toEpochMilli());
    }
  }
}
