package dev.asl4j.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * List paging as AWS does it: {@code maxResults} (0 or absent: the default page of 100, at most
 * 1000) and an opaque {@code nextToken}; a token this server did not issue for the same listing
 * is AWS's {@code InvalidToken}.
 */
final class Pages {
  private static final int DEFAULT_PAGE = 100;

  private Pages() {}

  /**
   * Writes one page of {@code items} into {@code out.<field>} (and {@code out.nextToken} when
   * more remain); {@code listing} names what is listed, so tokens are not reused elsewhere.
   */
  static <T> ObjectNode page(Req r, String listing, List<T> items, String field,
      Function<T, ObjectNode> render, ObjectNode out) {
    int max = r.optInt("maxResults", 0, 1000, 0);
    int size = max == 0 ? DEFAULT_PAGE : max;
    String token = r.optStr("nextToken", 1024);
    int from = token == null ? 0 : offset(token, listing);
    ArrayNode a = out.putArray(field);
    int end = Math.min(items.size(), from + size);
    for (int i = from; i < end; i++) {
      a.add(render.apply(items.get(i)));
    }
    if (end < items.size()) {
      out.put("nextToken", token(listing, end));
    }
    return out;
  }

  static String token(String listing, int offset) {
    String raw = offset + ":" + Integer.toHexString(listing.hashCode());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static int offset(String token, String listing) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int colon = raw.indexOf(':');
      if (colon > 0 && raw.substring(colon + 1).equals(Integer.toHexString(listing.hashCode()))) {
        int n = Integer.parseInt(raw.substring(0, colon));
        if (n >= 0) {
          return n;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through: not one of ours
    }
    throw new ApiError("InvalidToken", "Invalid Token: '" + Req.abbreviate(token) + "'");
  }
}
