package dev.asl4j.interpreter.testcase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.HistoryEvent;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The engine's golden cases ({@code src/test/resources/golden/<area>/<case>.json}), written from
 * AWS's documented behaviour; they need nothing outside the repository. The format is the
 * conformance format {@link TestCase} reads, plus two optional checks under {@code expected}:
 * {@code visited} (the states entered, in order) and {@code elapsed_seconds} (virtual time from
 * the first to the last event). Cases in {@code golden-known-gaps.txt} are skipped with their
 * reason; one that passes again fails, so the list stays true.
 */
class GoldenCasesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final AtomicInteger RUN = new AtomicInteger();
  private static final AtomicInteger GAPS = new AtomicInteger();

  @TestFactory
  Stream<DynamicTest> golden() throws IOException, URISyntaxException {
    Path root = Path.of(GoldenCasesTest.class.getResource("/golden").toURI());
    Map<String, String> gaps = knownGaps();
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    return files.stream().map(f -> {
      String id = root.relativize(f).toString().replace('\\', '/').replaceAll("\\.json$", "");
      return DynamicTest.dynamicTest(id, f.toUri(), () -> check(id, f, gaps.get(id)));
    });
  }

  private static void check(String id, Path file, String gap) throws IOException {
    JsonNode json = MAPPER.readTree(Files.readAllBytes(file));
    assertThat(json.path("name").asText()).as("%s: name must match the file name", id)
        .isEqualTo(file.getFileName().toString().replaceAll("\\.json$", ""));
    assertThat(json.has("definition") && json.path("expected").has("status"))
        .as("%s: a case needs a definition and expected.status", id).isTrue();
    RUN.incrementAndGet();
    TestOutcome o = TestCaseRunner.run(TestCase.parse(json));
    String problem = o.passed() ? extraChecks(json.path("expected"), o.result()) : o.message();
    if (gap != null) {
      GAPS.incrementAndGet();
      assertThat(problem).as("%s is listed in golden-known-gaps.txt but passes now: remove it", id)
          .isNotNull();
      Assumptions.abort("known gap: " + gap);
    }
    assertThat(problem).as(id).isNull();
  }

  /** {@code visited} and {@code elapsed_seconds}; null when both hold (or are not given). */
  static String extraChecks(JsonNode expected, ExecutionResult r) {
    if (expected.has("visited")) {
      List<String> want = new ArrayList<>();
      expected.get("visited").forEach(v -> want.add(v.asText()));
      List<String> got = r.history().stream().filter(e -> e.type().endsWith("StateEntered"))
          .map(e -> e.details().path("name").asText()).collect(Collectors.toList());
      if (!want.equals(got)) {
        return "visited " + got + ", expected " + want;
      }
    }
    if (expected.has("elapsed_seconds")) {
      List<HistoryEvent> h = r.history();
      long got = Duration.between(h.get(0).timestamp(), h.get(h.size() - 1).timestamp()).toSeconds();
      if (got != expected.get("elapsed_seconds").asLong()) {
        return "elapsed " + got + " s, expected " + expected.get("elapsed_seconds") + " s";
      }
    }
    return null;
  }

  private static Map<String, String> knownGaps() throws IOException {
    Map<String, String> gaps = new TreeMap<>();
    try (InputStream in = GoldenCasesTest.class.getResourceAsStream("/golden-known-gaps.txt")) {
      if (in != null) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          int arrow = line.indexOf(" -> ");
          if (!line.startsWith("#") && arrow > 0) {
            gaps.put(line.substring(0, arrow).strip(), line.substring(arrow + 4).strip());
          }
        }
      }
    }
    return gaps;
  }

  @AfterAll
  static void summary() {
    System.out.println("golden: " + RUN.get() + " engine cases run from src/test/resources/golden ("
        + GAPS.get() + " known gaps)");
  }
}
