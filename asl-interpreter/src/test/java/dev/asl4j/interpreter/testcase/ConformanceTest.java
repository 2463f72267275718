package dev.asl4j.interpreter.testcase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of the shared conformance corpus (recorded against real AWS) through the engine.
 * Cases listed in {@code conformance-known-gaps.txt} are skipped with their reason; every other
 * case must pass. Prints pass rates per group and writes {@code target/conformance-report.txt}.
 */
class ConformanceTest {
  private static final Map<String, int[]> BY_GROUP = new ConcurrentHashMap<>();
  private static final Map<String, String> FAILURES = new ConcurrentHashMap<>();
  private static final List<String> STALE = new ArrayList<>();
  private static final Map<String, String> HISTORY_DIFFS = new ConcurrentHashMap<>();
  private static final int[] HISTORY = new int[3];

  @TestFactory
  Stream<DynamicTest> conformance() throws IOException {
    Path cases = SharedCorpus.require("conformance/cases");
    Map<String, String> gaps = knownGaps();
    List<Path> files;
    try (Stream<Path> s = Files.walk(cases)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      TestCase c = TestCase.read(f);
      String group = f.getParent().getFileName().toString();
      TestOutcome o = TestCaseRunner.run(c);
      int[] counts = BY_GROUP.computeIfAbsent(group, g -> new int[4]);
      boolean plain = c.requires().stream().noneMatch(
          r -> r.equals("jsonata") || r.equals("variables") || r.equals("arguments-output"));
      synchronized (counts) {
        counts[0]++;
        counts[1] += o.passed() ? 1 : 0;
        counts[2] += plain ? 1 : 0;
        counts[3] += plain && o.passed() ? 1 : 0;
      }
      compareHistory(c, o);
      String gap = gaps.get(c.name());
      if (!o.passed()) {
        FAILURES.put(c.name(), o.message());
      }
      if (gap != null) {
        if (o.passed()) {
          synchronized (STALE) {
            STALE.add(c.name());
          }
        }
        Assumptions.assumeTrue(o.passed(), "known gap: " + gap);
        return;
      }
      assertThat(o.passed()).as("%s: %s", c.name(), o.message()).isTrue();
    }));
  }

  /** History is reference only: count how often the event type sequence matches AWS's. */
  private static void compareHistory(TestCase c, TestOutcome o) {
    if (c.history() == null || o.result() == null) {
      return;
    }
    List<String> expected = new ArrayList<>();
    c.history().forEach(e -> expected.add(e.path("type").asText()));
    List<String> actual = new ArrayList<>();
    o.result().history().forEach(e -> actual.add(e.type()));
    synchronized (HISTORY) {
      HISTORY[0]++;
      if (expected.equals(actual)) {
        HISTORY[1]++;
        boolean ids = true;
        for (int i = 0; i < actual.size(); i++) {
          ids &= c.history().get(i).path("previousEventId").asLong()
              == o.result().history().get(i).previousEventId();
        }
        HISTORY[2] += ids ? 1 : 0;
      } else {
        HISTORY_DIFFS.put(c.name(), "got " + actual + System.lineSeparator() + "      aws " + expected);
      }
    }
  }

  private static Map<String, String> knownGaps() throws IOException {
    Map<String, String> gaps = new TreeMap<>();
    try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance-known-gaps.txt")) {
      if (in == null) {
        return gaps;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        int arrow = l.indexOf(" -> ");
        if (l.isEmpty() || l.startsWith("#") || arrow < 0) {
          continue;
        }
        gaps.put(l.substring(0, arrow).strip(), l.substring(arrow + 4).strip());
      }
    }
    return gaps;
  }

  @AfterAll
  static void report() throws IOException {
    if (BY_GROUP.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder("conformance: group pass/total (without jsonata/variables)\n");
    int[] sum = new int[4];
    new TreeMap<>(BY_GROUP).forEach((g, c) -> {
      sb.append(String.format("  %-20s %4d/%-4d  plain %4d/%-4d%n", g, c[1], c[0], c[3], c[2]));
      for (int i = 0; i < 4; i++) {
        sum[i] += c[i];
      }
    });
    sb.append(String.format("  %-20s %4d/%-4d  plain %4d/%-4d (%.1f%%)%n", "TOTAL", sum[1], sum[0],
        sum[3], sum[2], sum[2] == 0 ? 0.0 : 100.0 * sum[3] / sum[2]));
    sb.append(String.format("history event types equal to AWS's: %d/%d (with equal previousEventIds:"
        + " %d)%n", HISTORY[1], HISTORY[0], HISTORY[2]));
    new TreeMap<>(HISTORY_DIFFS).forEach((n, m) -> sb.append("HISTORY ").append(n).append('\n')
        .append("      ").append(m).append('\n'));
    if (!STALE.isEmpty()) {
      sb.append("known gaps that now pass: ").append(STALE).append('\n');
    }
    new TreeMap<>(FAILURES).forEach((n, m) -> sb.append("FAIL ").append(n).append(" -> ")
        .append(m.length() > 400 ? m.substring(0, 400) + "..." : m).append('\n'));
    System.out.println(sb);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "conformance-report.txt"), sb.toString());
  }
}
