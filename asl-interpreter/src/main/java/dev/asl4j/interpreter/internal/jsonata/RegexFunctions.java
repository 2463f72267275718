package dev.asl4j.interpreter.internal.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Utils;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code $contains}, {@code $match}, {@code $replace} and {@code $split} with a regular
 * expression, re-implemented so that matching reads the subject through a {@link TimedText}: a
 * catastrophic pattern ({@code /(a+)+$/} on a long string of a's) then stops at the evaluation's
 * time limit instead of pinning a core. Semantics follow JSONata 2.0 (which AWS implements): a
 * replacement function receives {@code {match, start, end, groups}}, {@code $1..$n} and
 * {@code $$} in replacement text, D1004 when a later match is empty. Plain-string separators and
 * patterns go to dashjoin's own implementation.
 */
final class RegexFunctions {
  private RegexFunctions() {}

  static Object contains(String str, Object token) {
    if (str == null) {
      return null;
    }
    if (!(token instanceof Pattern)) {
      return Functions.contains(str, token);
    }
    return first((Pattern) token, str) != null;
  }

  static Object match(String str, Object pattern, Number limit) {
    if (str == null) {
      return null;
    }
    if (!(pattern instanceof Pattern)) {
      // Custom matcher functions are not supported by the underlying library either.
      throw new JException("T1010", -1, "match");
    }
    int max = limit(limit, "D3040");
    List<Object> result = Utils.createSequence();
    Found m = max > 0 ? first((Pattern) pattern, str) : null;
    int count = 0;
    while (m != null && count < max) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("match", m.text);
      item.put("index", m.start);
      item.put("groups", m.groups);
      result.add(item);
      m = m.next();
      count++;
    }
    return result;
  }

  static Object replace(String str, Object pattern, Object replacement, Number limit) throws Throwable {
    if (str == null) {
      return null;
    }
    if (!(pattern instanceof Pattern)) {
      return Functions.replace(str, pattern, replacement, limit == null ? null : limit.intValue());
    }
    int max = limit(limit, "D3011");
    Found m = max > 0 ? first((Pattern) pattern, str) : null;
    if (m == null) {
      return str;
    }
    StringBuilder out = new StringBuilder();
    int position = 0;
    int count = 0;
    while (m != null && count < max) {
      out.append(str, position, m.start);
      Object with =
          replacement instanceof String
              ? substitute((String) replacement, m)
              : Functions.funcApply(replacement, List.of(m.asObject()));
      if (!(with instanceof String)) {
        throw new JException("D3012", -1, with);
      }
      out.append((String) with);
      position = m.end;
      count++;
      m = m.next();
    }
    return out.append(str, position, str.length()).toString();
  }

  static Object split(String str, Object separator, Number limit) {
    if (str == null) {
      return null;
    }
    if (!(separator instanceof Pattern)) {
      return Functions.split(str, separator, limit);
    }
    int max = limit(limit, "D3020");
    List<Object> result = new ArrayList<>();
    if (max == 0) {
      return result;
    }
    Found m = first((Pattern) separator, str);
    int start = 0;
    int count = 0;
    while (m != null && count < max) {
      result.add(str.substring(start, m.start));
      start = m.end;
      m = m.next();
      count++;
    }
    if (count < max) {
      result.add(str.substring(start));
    }
    return result;
  }

  private static int limit(Number limit, String negativeCode) {
    if (limit == null) {
      return Integer.MAX_VALUE;
    }
    if (limit.doubleValue() < 0) {
      throw new JException(negativeCode, -1, limit);
    }
    return limit.doubleValue() >= Integer.MAX_VALUE ? Integer.MAX_VALUE : limit.intValue();
  }

  /** "$0", "$n" (as many digits as name a group), "$$"; any other "$" stays literal. */
  private static String substitute(String template, Found m) {
    StringBuilder sb = new StringBuilder();
    int groups = m.groups.size();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '$' || i + 1 >= template.length()) {
        sb.append(c);
        i++;
        continue;
      }
      char next = template.charAt(i + 1);
      if (next == '$') {
        sb.append('$');
        i += 2;
      } else if (next == '0') {
        sb.append(m.text);
        i += 2;
      } else if (next >= '1' && next <= '9') {
        // Take the longest digit run (up to the digits of the group count) that names a group.
        int width = groups == 0 ? 1 : String.valueOf(groups).length();
        int end = i + 1;
        while (end < template.length() && end - (i + 1) < width && Character.isDigit(template.charAt(end))) {
          end++;
        }
        int n = Integer.parseInt(template.substring(i + 1, end));
        if (end - (i + 1) > 1 && n > groups) {
          end--;
          n = Integer.parseInt(template.substring(i + 1, end));
        }
        if (n >= 1 && n <= groups && m.groups.get(n - 1) != null) {
          sb.append(m.groups.get(n - 1));
        }
        i = end;
      } else {
        sb.append('$');
        i++;
      }
    }
    return sb.toString();
  }

  private static Found first(Pattern p, String str) {
    Matcher matcher = p.matcher(new TimedText(str));
    return matcher.find() ? new Found(matcher, str, p) : null;
  }

  /** One match, and the way to the next one (JavaScript's global-regex iteration). */
  private static final class Found {
    final Matcher matcher;
    final String subject;
    final Pattern pattern;
    final String text;
    final int start;
    final int end;
    final List<Object> groups;

    Found(Matcher matcher, String subject, Pattern pattern) {
      this.matcher = matcher;
      this.subject = subject;
      this.pattern = pattern;
      this.text = matcher.group();
      this.start = matcher.start();
      this.end = matcher.end();
      this.groups = new ArrayList<>(matcher.groupCount());
      for (int g = 1; g <= matcher.groupCount(); g++) {
        groups.add(matcher.group(g)); // an unmatched group stays undefined
      }
    }

    Found next() {
      if (end >= subject.length() || !matcher.find(end)) {
        return null;
      }
      if (matcher.end() == matcher.start()) {
        // An empty match would never move forward.
        throw new JException("D1004", -1, pattern.pattern());
      }
      return new Found(matcher, subject, pattern);
    }

    Map<String, Object> asObject() {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("match", text);
      o.put("start", start);
      o.put("end", end);
      o.put("groups", groups);
      return o;
    }
  }

  /** The subject as seen by the regex engine: every few thousand reads it checks the clock. */
  private static final class TimedText implements CharSequence {
    private final String s;
    private final Evaluation evaluation = Evaluation.current();
    private int reads;

    TimedText(String s) {
      this.s = s;
    }

    @Override
    public char charAt(int index) {
      if ((++reads & 0xFFF) == 0 && evaluation != null) {
        evaluation.checkTime();
      }
      return s.charAt(index);
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return s.substring(start, end);
    }

    @Override
    public String toString() {
      return s;
    }
  }
}
