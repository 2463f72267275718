package dev.asl4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.model.StateMachine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCollectorTest {
  private static StateMachine routing() {
    AslTestEnvironment env = AslTestEnvironment.create();
    return env.load("routing.asl.json").model();
  }

  @Test
  void nothingRecordedMeansEverythingIsAGap() {
    CoverageCollector c = new CoverageCollector("routing", routing());
    CoverageCollector.Gaps g = c.gaps();
    assertThat(g.unvisitedStates()).containsExactly("Route", "HandleA", "HandleB", "Unknown");
    assertThat(g.untakenChoiceRules()).containsExactly(
        "\"Route\" rule 0 (Next: HandleA)", "\"Route\" rule 1 (Next: HandleB)",
        "\"Route\" rule 2 (Next: HandleA)", "\"Route\" Default (Next: Unknown)");
    assertThat(g.untakenCatchers()).containsExactly("\"HandleB\" Catch[0] [Broken] (Next: Unknown)");
    assertThat(g.untriggeredRetriers()).containsExactly(
        "\"HandleB\" Retry[0] [Flaky]", "\"HandleB\" Retry[1] [States.ALL]");
    assertThat(g.items()).isEqualTo(4 + 4 + 1 + 2);
    assertThat(g.covered()).isZero();
    assertThat(g.complete()).isFalse();
  }

  @Test
  void recordedItemsLeaveTheGaps() {
    CoverageCollector c = new CoverageCollector("routing", routing());
    c.entered("Route");
    c.entered("HandleA");
    c.choice("Route", 2);
    c.choice("Route", -1);
    c.retried("HandleB", 1);
    CoverageCollector.Gaps g = c.gaps();
    assertThat(g.unvisitedStates()).containsExactly("HandleB", "Unknown");
    assertThat(g.untakenChoiceRules())
        .containsExactly("\"Route\" rule 0 (Next: HandleA)", "\"Route\" rule 1 (Next: HandleB)");
    assertThat(g.untriggeredRetriers()).containsExactly("\"HandleB\" Retry[0] [Flaky]");
    assertThat(g.covered()).isEqualTo(5);
  }

  @Test
  void fullCoverage() {
    CoverageCollector c = new CoverageCollector("routing", routing());
    for (String s : List.of("Route", "HandleA", "HandleB", "Unknown")) {
      c.entered(s);
    }
    for (int i = -1; i < 3; i++) {
      c.choice("Route", i);
    }
    c.caught("HandleB", 0);
    c.retried("HandleB", 0);
    c.retried("HandleB", 1);
    assertThat(c.gaps().complete()).isTrue();
  }

  @Test
  void statesInParallelBranchesAndMapsCount() {
    AslTestEnvironment env = AslTestEnvironment.create();
    StateMachine m = env.engine().load(
        "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"Next\":\"M\",\"Branches\":["
            + "{\"StartAt\":\"B1\",\"States\":{\"B1\":{\"Type\":\"Pass\",\"End\":true}}}]},"
            + "\"M\":{\"Type\":\"Map\",\"End\":true,\"ItemProcessor\":{\"StartAt\":\"I1\","
            + "\"States\":{\"I1\":{\"Type\":\"Pass\",\"End\":true}}}}}}", "nested.asl.json").model();
    CoverageCollector c = new CoverageCollector("nested", m);
    c.entered("P");
    assertThat(c.gaps().unvisitedStates()).containsExactly("B1", "M", "I1");
  }

  @Test
  void theEngineFeedsTheCollectorThroughTheEnvironment() {
    AslTestEnvironment env = AslTestEnvironment.create();
    env.mock("HandleB").throwsError("Flaky", "once").returns("{}");
    env.start("routing.asl.json", "{\"kind\":\"b\"}");
    env.start("routing.asl.json", "{\"kind\":\"zzz\"}");
    CoverageCollector c = env.coverage("routing.asl.json");
    CoverageCollector.Gaps g = c.gaps();
    assertThat(g.unvisitedStates()).containsExactly("HandleA");
    assertThat(g.untakenChoiceRules()).containsExactly(
        "\"Route\" rule 0 (Next: HandleA)", "\"Route\" rule 2 (Next: HandleA)");
    assertThat(g.untriggeredRetriers()).containsExactly("\"HandleB\" Retry[1] [States.ALL]");
    assertThat(g.untakenCatchers()).hasSize(1);

    env.mock("HandleB").throwsError("Broken", "for good");
    env.start("routing.asl.json", "{\"kind\":\"b\"}");
    assertThat(c.gaps().untakenCatchers()).isEmpty();
  }

  @Test
  void reportListsGapsInTextAndMarkdown(@TempDir Path dir) throws IOException {
    CoverageCollector c = new CoverageCollector("routing.asl.json", routing());
    c.entered("Route");
    String text = CoverageReport.text("RoutingTest", List.of(c));
    assertThat(text).contains("routing.asl.json: 1/11 covered")
        .contains("states never entered: HandleA, HandleB, Unknown")
        .contains("Retriers never triggered: \"HandleB\" Retry[0] [Flaky]");
    Path file = CoverageReport.write(dir, "RoutingTest", List.of(c));
    assertThat(file.getFileName().toString()).isEqualTo("RoutingTest.md");
    String md = Files.readString(file);
    assertThat(md).startsWith("# ASL state coverage: RoutingTest")
        .contains("## routing.asl.json")
        .contains("### Choice rules never taken\n\n- \"Route\" rule 0 (Next: HandleA)")
        .contains("### Catchers never taken\n\n- \"HandleB\" Catch[0] [Broken] (Next: Unknown)")
        .contains("```mermaid\nflowchart TD");
    String unvisitedLine =
        md.lines().filter(l -> l.strip().startsWith("class ") && l.strip().endsWith(" unvisited;"))
            .findFirst().orElseThrow(() -> new AssertionError("no unvisited class line in\n" + md));
    assertThat(unvisitedLine).contains("HandleA").contains("HandleB").contains("Unknown")
        .doesNotContain("Route");
  }
}
