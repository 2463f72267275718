package dev.asl4j.interpreter.internal.jsonata;

import java.util.List;
import java.util.Map;

/**
 * Estimates how many characters a JSONata value prints as, stopping as soon as the estimate
 * passes a bound: a list of a million references to one long string is small in memory but
 * enormous as text, and must be refused before it is printed.
 */
final class Sizes {
  private Sizes() {}

  /** About the printed length of {@code v}, or a value above {@code bound} once it passes it. */
  static long estimate(Object v, long bound) {
    long[] total = {0};
    walk(v, bound, total, 0);
    return total[0];
  }

  private static void walk(Object v, long bound, long[] total, int depth) {
    if (total[0] > bound || depth > 10_000) {
      return;
    }
    if (v instanceof String) {
      total[0] += ((String) v).length() + 2;
    } else if (v instanceof List) {
      total[0] += 2;
      for (Object o : (List<?>) v) {
        total[0]++;
        walk(o, bound, total, depth + 1);
        if (total[0] > bound) {
          return;
        }
      }
    } else if (v instanceof Map) {
      total[0] += 2;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        total[0] += String.valueOf(e.getKey()).length() + 4;
        walk(e.getValue(), bound, total, depth + 1);
        if (total[0] > bound) {
          return;
        }
      }
    } else {
      total[0] += 8;
    }
  }
}
