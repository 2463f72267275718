package dev.asl4j.store.jdbc;

/** What differs between SQLite and PostgreSQL: column types and the claim statement. */
enum Dialect {
  SQLITE("INTEGER", "TEXT", ""),
  POSTGRES("BIGINT", "TEXT", " FOR UPDATE SKIP LOCKED");

  final String bigint;
  final String text;
  /** Appended to the claim's row selection: PostgreSQL nodes skip rows another node is claiming. */
  final String skipLocked;

  Dialect(String bigint, String text, String skipLocked) {
    this.bigint = bigint;
    this.text = text;
    this.skipLocked = skipLocked;
  }
}
