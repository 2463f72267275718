package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code asl test} over the shared conformance corpus: every case passes except those the
 * interpreter lists as known gaps.
 */
class TestCommandConformanceTest {
  private static final Path KNOWN_GAPS =
      Path.of("..", "asl-interpreter", "src", "test", "resources", "conformance-known-gaps.txt");

  @Test
  void theCorpusPassesButForTheKnownGaps() throws IOException {
    Path cases = SharedCorpus.require("conformance/cases");
    ValidatorReady.assume();
    long total;
    try (Stream<Path> s = Files.walk(cases)) {
      total = s.filter(p -> p.toString().endsWith(".json")).count();
    }
    Set<String> gaps = knownGaps();

    CliRunner.Run r = CliRunner.real("test", "--format", "json", cases.toString());
    JsonNode o = JsonArgs.MAPPER.readTree(r.out());
    Set<String> failing = new HashSet<>();
    int gapsInCorpus = 0;
    for (JsonNode c : o.path("cases")) {
      boolean gap = gaps.contains(c.path("name").asText());
      gapsInCorpus += gap ? 1 : 0;
      if (!c.path("status").asText().equals("passed") && !gap) {
        failing.add(c.path("name").asText() + ": " + c.path("reason").asText());
      }
    }
    assertThat(failing).isEmpty();
    assertThat(o.path("cases").size()).isEqualTo(total);
    assertThat(o.path("passed").asLong()).isEqualTo(total - gapsInCorpus);
    assertThat(o.path("failed").asLong()).isEqualTo(gapsInCorpus);
    assertThat(r.exit()).isEqualTo(gapsInCorpus == 0 ? 0 : 1);
  }

  private static Set<String> knownGaps() throws IOException {
    Set<String> gaps = new HashSet<>();
    if (!Files.exists(KNOWN_GAPS)) {
      return gaps;
    }
    for (String line : Files.readAllLines(KNOWN_GAPS)) {
      String l = line.strip();
      int arrow = l.indexOf(" -> ");
      if (!l.isEmpty() && !l.startsWith("#") && arrow > 0) {
        gaps.add(l.substring(0, arrow).strip());
      }
    }
    return gaps;
  }
}
