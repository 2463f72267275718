package dev.asl4j.validator.internal;

/** JSON Pointer helpers (RFC 6901), so state names with '/' or '~' still give valid pointers. */
final class Pointers {
  private Pointers() {}

  /** {@code base} extended by one object key. */
  static String child(String base, String key) {
    return base + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** {@code base} extended by one array index. */
  static String child(String base, int index) {
    return base + "/" + index;
  }
}
