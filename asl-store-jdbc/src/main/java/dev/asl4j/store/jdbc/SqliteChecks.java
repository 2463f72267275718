package dev.asl4j.store.jdbc;

import dev.asl4j.interpreter.spi.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What is checked before an SQLite store file is touched, so that a wrong file ends in a clear
 * message and stays as it was: read-only file or directory, too little free space, a file that is
 * not SQLite (corrupt or foreign), a damaged database, another application's database.
 */
final class SqliteChecks {
  private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private SqliteChecks() {}

  /** Checks done on the file system, before the driver opens the file. */
  static void beforeOpen(Path file, long minFreeBytes) {
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new StoreException(file + ": the directory " + dir + " does not exist");
    }
    if (Files.exists(file)) {
      if (Files.isDirectory(file)) {
        throw new StoreException(file + " is a directory, not an asl4j store file");
      }
      if (!Files.isReadable(file) || !writable(file)) {
        throw new StoreException(file + " is read-only: asl4j must write its executions there"
            + " (nothing was changed)");
      }
      checkHeader(file);
    }
    if (!writable(dir)) {
      throw new StoreException(file + ": the directory " + dir + " is read-only; SQLite needs to"
          + " create its journal (-wal, -shm) files beside the store (nothing was changed)");
    }
    long free;
    try {
      free = Files.getFileStore(dir).getUsableSpace();
    } catch (IOException e) {
      throw new StoreException(file + ": cannot read the free space of " + dir + ": " + e, e);
    }
    if (free < minFreeBytes) {
      throw new StoreException(file + ": the disk is full (" + free + " bytes free, at least "
          + minFreeBytes + " needed); free some space (nothing was changed)");
    }
  }

  /** Writable for this process, and not marked read-only (root may write to any file). */
  private static boolean writable(Path p) {
    if (!Files.isWritable(p)) {
      return false;
    }
    try {
      return Files.getPosixFilePermissions(p)
          .contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    } catch (UnsupportedOperationException | IOException e) {
      return true; // no POSIX permissions here: isWritable decided
    }
  }

  private static void checkHeader(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(MAGIC.length);
      if (head.length == 0) {
        return; // an empty file: SQLite makes a new database of it
      }
      if (!java.util.Arrays.equals(head, MAGIC)) {
        throw new StoreException(file + " is not an SQLite database (a corrupted or foreign"
            + " file); asl4j opens only its own store files or new/empty ones (nothing was changed)");
      }
    } catch (IOException e) {
      throw new StoreException(file + ": cannot be read: " + e, e);
    }
  }

  /**
   * Checks done through the driver before anything is written: integrity, then whose tables these
   * are. Returns whether the asl4j schema table exists.
   */
  static boolean inspect(Connection c, Path file, boolean integrityCheck) throws SQLException {
    try (Statement s = c.createStatement()) {
      if (integrityCheck) {
        try (ResultSet rs = s.executeQuery("PRAGMA quick_check(1)")) {
          String r = rs.next() ? rs.getString(1) : "no answer";
          if (!"ok".equalsIgnoreCase(r)) {
            throw new StoreException(file + " is damaged (SQLite quick_check: " + r + ");"
                + " restore it from a backup (nothing was changed)");
          }
        }
      }
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = s.executeQuery(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      boolean ours = tables.contains("asl4j_schema");
      if (!ours && !tables.isEmpty()) {
        throw new StoreException(file + " is the database of another application (tables: "
            + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
            + "); asl4j opens only its own store files or new ones (nothing was changed)");
      }
      return ours;
    }
  }
}
