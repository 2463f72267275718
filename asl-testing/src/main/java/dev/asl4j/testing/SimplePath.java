package dev.asl4j.testing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reference paths assertions accept: {@code $}, {@code $.a.b}, {@code $.items[0].id}, {@code
 * $['odd key']} (no wildcards or filters: an assertion names one value).
 */
final class SimplePath {
  private SimplePath() {}

  /** The value at {@code path} in {@code root}, or null when absent. */
  static JsonNode read(JsonNode root, String path) {
    if (path == null || !path.startsWith("$")) {
      throw new IllegalArgumentException("path (" + path + ") must start with $");
    }
    JsonNode cur = root;
    int i = 1;
    int n = path.length();
    while (i < n && cur != null) {
      char c = path.charAt(i);
      if (c == '.') {
        int j = i + 1;
        while (j < n && path.charAt(j) != '.' && path.charAt(j) != '[') {
          j++;
        }
        if (j == i + 1) {
          throw new IllegalArgumentException("path (" + path + ") has an empty field name");
        }
        cur = cur.get(path.substring(i + 1, j));
        i = j;
      } else if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          throw new IllegalArgumentException("path (" + path + ") has an unclosed [");
        }
        String inner = path.substring(i + 1, close).trim();
        if (inner.length() >= 2 && (inner.startsWith("'") && inner.endsWith("'")
            || inner.startsWith("\"") && inner.endsWith("\""))) {
          cur = cur.get(inner.substring(1, inner.length() - 1));
        } else {
          try {
            int idx = Integer.parseInt(inner);
            cur = cur.isArray() ? cur.get(idx < 0 ? cur.size() + idx : idx) : null;
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                "path (" + path + "): [" + inner + "] is neither an index nor a quoted name", e);
          }
        }
        i = close + 1;
      } else {
        throw new IllegalArgumentException("path (" + path + ") is not $.a.b[0] style at " + i);
      }
    }
    return cur;
  }
}
