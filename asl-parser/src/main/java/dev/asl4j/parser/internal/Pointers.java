package dev.asl4j.parser.internal;

/** JSON Pointer (RFC 6901) helpers. */
final class Pointers {
  private Pointers() {}

  /** The pointer of field {@code name} under {@code parent}. */
  static String child(String parent, String name) {
    return parent + "/" + escape(name);
  }

  /** The pointer of array item {@code index} under {@code parent}. */
  static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** Escapes one reference token: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
  static String escape(String token) {
    // Fast path: almost no ASL key contains either character.
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    StringBuilder sb = new StringBuilder(token.length() + 4);
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '~') {
        sb.append("~0");
      } else if (c == '/') {
        sb.append("~1");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
