package dev.asl4j.interpreter.internal.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata.JFunction;
import java.util.List;
import java.util.Map;

/**
 * JSONata built-ins whose cost the evaluation budget cannot see from outside (they build their
 * whole result in one library call): each checks the size of what it would build against the
 * evaluation's value-size bound first, then delegates to the library. {@code $pad("", 1e9, "x")},
 * a million-digit picture or a join of a million references to one long string then fail at
 * once with the memory-limit error instead of running for minutes and taking gigabytes.
 */
final class BoundedBuiltins {
  /**
   * Longest picture string for $formatInteger/$formatNumber: the library's picture parsing is
   * quadratic (10,000 characters take ~0.2 s, 30,000 ~2 s), and no real picture is this long.
   */
  static final int MAX_PICTURE = 10_000;

  private BoundedBuiltins() {}

  interface Body {
    Object apply(List<?> args) throws Throwable;
  }

  /** Adds the bounded versions under the built-ins' own names and signatures. */
  static void define(Map<String, JFunction> into) {
    put(into, "pad", "<s-ns?:s>", a -> {
      Number width = (Number) a.get(1);
      if (width != null) {
        check(Math.abs(width.doubleValue()));
      }
      return pad((String) a.get(0), width, (String) arg(a, 2));
    });
    put(into, "formatInteger", "<n-s:s>", a -> {
      picture((String) a.get(1));
      return Functions.formatInteger((Number) a.get(0), (String) a.get(1));
    });
    put(into, "formatNumber", "<n-so?:s>", a -> {
      picture((String) a.get(1));
      return Functions.formatNumber((Number) a.get(0), (String) a.get(1), (Map) arg(a, 2));
    });
    put(into, "join", "<a<s>s?:s>", a -> {
      @SuppressWarnings("unchecked")
      List<String> strings = (List<String>) a.get(0);
      String sep = (String) arg(a, 1);
      if (strings != null) {
        long total = (long) Math.max(0, strings.size() - 1) * (sep == null ? 0 : sep.length());
        for (Object s : strings) {
          total += s instanceof String ? ((String) s).length() : 0;
          check(total);
        }
      }
      return Functions.join(strings, sep);
    });
    put(into, "string", "<x-b?:s>", a -> {
      Object v = a.isEmpty() ? null : a.get(0);
      check(Sizes.estimate(v, limit()));
      Boolean pretty = (Boolean) arg(a, 1);
      return Functions.string(v, pretty);
    });
  }

  /**
   * JSONata's {@code $pad} in linear time (the library's appends one character at a time to a new
   * string, quadratic: 4 million characters took minutes): a positive width pads on the right, a
   * negative one on the left, with {@code ch} repeated (and cut) to fill, counting code points.
   */
  static String pad(String str, Number width, String ch) {
    if (str == null) {
      return null;
    }
    String fill = ch == null || ch.isEmpty() ? " " : ch;
    long w = (long) width.doubleValue(); // towards zero, as the library truncates
    long missing = Math.abs(w) - str.codePointCount(0, str.length());
    if (missing <= 0) {
      return str;
    }
    StringBuilder padding = new StringBuilder();
    int[] cps = fill.codePoints().toArray();
    for (long i = 0; i < missing; i++) {
      padding.appendCodePoint(cps[(int) (i % cps.length)]);
    }
    return w > 0 ? str + padding : padding + str;
  }

  private static void put(Map<String, JFunction> into, String name, String signature, Body body) {
    into.put(name, new JFunction((input, args) -> body.apply(args), signature));
  }

  private static Object arg(List<?> args, int i) {
    if (args.size() <= i || args.get(i) == com.dashjoin.jsonata.Jsonata.NULL_VALUE) {
      return null;
    }
    return args.get(i);
  }

  private static void picture(String p) {
    if (p != null && p.length() > MAX_PICTURE) {
      throw new SfnFunctions.SfnFunctionError("The picture string is " + p.length()
          + " characters long; at most " + MAX_PICTURE + " are supported");
    }
  }

  private static long limit() {
    Evaluation e = Evaluation.current();
    return e == null ? Long.MAX_VALUE : e.maxValueBytes();
  }

  /** Fails with the memory-limit error when a result of about {@code bytes} is too large. */
  private static void check(double bytes) {
    Evaluation e = Evaluation.current();
    if (e != null) {
      e.checkSize(bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes);
    }
  }
}
