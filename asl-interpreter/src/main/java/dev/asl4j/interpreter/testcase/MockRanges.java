package dev.asl4j.interpreter.testcase;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys of a MockConfigFile response: an invocation number ({@code "0"}) or an inclusive range
 * ({@code "1-3"}), counted from 0. Bounded: a range may reach past {@link #MAX_INVOCATIONS} only if
 * it is the last one, and then stands for "this response from here on" (the last response repeats
 * anyway), so {@code "0-2147483647"} costs one entry, not two billion.
 */
final class MockRanges {
  /** The highest invocation number a response may be given for explicitly. */
  static final int MAX_INVOCATIONS = 10_000;

  private static final Pattern KEY = Pattern.compile("\\s*(\\d{1,10})\\s*(?:-\\s*(\\d{1,10})\\s*)?");

  private MockRanges() {}

  /** One key: invocations {@code from..to} get {@code response}. */
  record Range(String key, int from, int to, JsonNode response) {}

  /** The ranges of {@code response} in file order; {@code where} names it in errors. */
  static List<Range> parse(JsonNode response, String where) {
    List<Range> out = new ArrayList<>();
    long highestStart = -1;
    for (Iterator<Map.Entry<String, JsonNode>> it = response.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      Matcher m = KEY.matcher(key);
      if (!m.matches()) {
        throw bad(where, key, "is not an invocation number or range such as \"0\" or \"1-3\"");
      }
      long from = Long.parseLong(m.group(1));
      long to = m.group(2) == null ? from : Long.parseLong(m.group(2));
      if (to < from) {
        throw bad(where, key, "ends before it starts");
      }
      if (from > MAX_INVOCATIONS) {
        throw bad(where, key, "starts above invocation " + MAX_INVOCATIONS
            + ", the highest supported; the last response repeats for every later invocation");
      }
      highestStart = Math.max(highestStart, from);
      out.add(new Range(key, (int) from, (int) Math.min(to, MAX_INVOCATIONS), e.getValue()));
    }
    for (Range r : out) {
      if (r.to() == MAX_INVOCATIONS && r.from() < highestStart) {
        throw bad(where, r.key(), "reaches past invocation " + MAX_INVOCATIONS
            + " but is not the last range; only the last may be open-ended");
      }
    }
    // The open-ended last range is one entry: the resolver repeats the last response.
    List<Range> bounded = new ArrayList<>(out.size());
    for (Range r : out) {
      bounded.add(r.to() == MAX_INVOCATIONS ? new Range(r.key(), r.from(), r.from(), r.response())
          : r);
    }
    return bounded;
  }

  private static IllegalArgumentException bad(String where, String key, String problem) {
    return new IllegalArgumentException("MockConfigFile " + where + ": the key \"" + key + "\" "
        + problem);
  }
}
