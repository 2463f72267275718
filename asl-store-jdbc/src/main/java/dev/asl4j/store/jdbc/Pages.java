package dev.asl4j.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque page tokens for list calls: the row offset, so a token is not mistaken for data. */
final class Pages {
  private Pages() {}

  static String token(long offset) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  static long offset(String token) {
    if (token == null) {
      return 0;
    }
    try {
      String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (s.startsWith("o:")) {
        long v = Long.parseLong(s.substring(2));
        if (v >= 0) {
          return v;
        }
      }
    } catch (IllegalArgumentException ignored) {
      // fall through to the error below
    }
    throw new IllegalArgumentException("nextToken (" + token + ") is not a token of this store");
  }
}
