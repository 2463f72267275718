package dev.asl4j.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asl4j.interpreter.spi.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is no usable store ends in a clear error at start-up and is left as it was. */
class StartupChecksTest {
  @TempDir Path dir;

  private static String hash(Path p) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
  }

  private Path validStore() {
    Path f = dir.resolve("s.db");
    try (JdbcExecutionStore s = JdbcExecutionStore.sqlite(f)) {
      s.commit(Fixtures.first("a", 0));
    }
    return f;
  }

  @Test
  void aFileThatIsNotSqliteIsRefusedUntouched() throws Exception {
    Path f = dir.resolve("notes.db");
    Files.writeString(f, "these are my notes, not a database\n".repeat(200));
    String before = hash(f);
    assertThatThrownBy(() -> JdbcExecutionStore.sqlite(f)).isInstanceOf(StoreException.class)
        .hasMessageContaining("notes.db is not an SQLite database");
    assertThat(hash(f)).isEqualTo(before);
  }

  @Test
  void aDamagedStoreIsRefusedUntouched() throws Exception {
    Path f = validStore();
    byte[] b = Files.readAllBytes(f);
    for (int i = 4096; i < b.length; i++) { // page 1 (the header) stays; the rest is garbage
      b[i] = (byte) (i * 31);
    }
    Files.write(f, b);
    String before = hash(f);
    assertThatThrownBy(() -> JdbcExecutionStore.sqlite(f)).isInstanceOf(StoreException.class)
        .hasMessageContaining("s.db").hasMessageMatching("(?s).*(damaged|not an asl4j).*");
    assertThat(hash(f)).isEqualTo(before);
  }

  @Test
  void anotherApplicationsDatabaseIsRefusedUntouched() throws Exception {
    Path f = dir.resolve("app.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
      s.execute("INSERT INTO customers (name) VALUES ('Ada')");
    }
    String before = hash(f);
    assertThatThrownBy(() -> JdbcExecutionStore.sqlite(f)).isInstanceOf(StoreException.class)
        .hasMessageContaining("another application").hasMessageContaining("customers");
    assertThat(hash(f)).isEqualTo(before);
  }

  @Test
  void aSchemaFromANewerVersionIsRefusedUntouched() throws Exception {
    Path f = validStore();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
        Statement s = c.createStatement()) {
      s.execute("UPDATE asl4j_schema SET version = " + (Schema.CURRENT + 1));
    }
    String before = hash(f);
    assertThatThrownBy(() -> JdbcExecutionStore.sqlite(f)).isInstanceOf(StoreException.class)
        .hasMessageContaining("newer asl4j").hasMessageContaining("version " + (Schema.CURRENT + 1));
    assertThat(hash(f)).isEqualTo(before);
  }

  @Test
  void aReadOnlyFileIsRefusedUntouched() throws Exception {
    Path f = validStore();
    String before = hash(f);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
    try {
      assertThatThrownBy(() -> JdbcExecutionStore.sqlite(f)).isInstanceOf(StoreException.class)
          .hasMessageContaining("read-only");
    } finally {
      Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
    }
    assertThat(hash(f)).isEqualTo(before);
  }

  @Test
  void aFullDiskIsRefusedAtStartUpUntouched() throws Exception {
    Path f = validStore();
    String before = hash(f);
    assertThatThrownBy(() -> JdbcExecutionStore.sqlite(f,
        StoreOptions.defaults().withMinFreeBytes(Long.MAX_VALUE)))
        .isInstanceOf(StoreException.class).hasMessageContaining("disk is full");
    assertThat(hash(f)).isEqualTo(before);
  }

  @Test
  void aDatabaseThatFillsUpWhileRunningFailsTheCommitClearly() throws Exception {
    Path f = dir.resolve("small.db");
    try (JdbcExecutionStore s = JdbcExecutionStore.sqlite(f)) {
      s.commit(Fixtures.first("a", 0));
      // SQLite's own size cap stands in for a full disk: the write fails with SQLITE_FULL.
      Connection c = connection(s);
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA max_page_count = " + pageCount(c));
      }
      String big = "x".repeat(200_000);
      var cp = new dev.asl4j.interpreter.spi.Checkpoint(
          Fixtures.execution("b", dev.asl4j.interpreter.ExecutionStatus.RUNNING, 2, 1),
          Fixtures.events(1, 2), big, true, 1);
      assertThatThrownBy(() -> s.commit(cp)).isInstanceOf(StoreException.class)
          .hasMessageContaining("full");
      assertThat(s.find(cp.execution().executionArn())).isEmpty();
      assertThat(s.list(null, null, null, 10).executions()).hasSize(1);
    }
  }

  private static long pageCount(Connection c) throws Exception {
    try (Statement st = c.createStatement();
        var rs = st.executeQuery("PRAGMA page_count")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Connection connection(JdbcExecutionStore s) throws Exception {
    var fld = JdbcExecutionStore.class.getDeclaredField("conn");
    fld.setAccessible(true);
    return (Connection) fld.get(s);
  }

  @Test
  void aMissingDirectoryIsNamed() {
    assertThatThrownBy(() -> JdbcExecutionStore.sqlite(dir.resolve("no/such/dir/s.db")))
        .isInstanceOf(StoreException.class).hasMessageContaining("does not exist");
  }
}
