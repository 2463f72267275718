package dev.asl4j.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DefinitionDiffTest {
  private static String lines(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
  }

  @Test
  void theSameTextHasNoDiff() {
    assertThat(DefinitionDiff.diff("a\nb", "a\nb")).isEmpty();
  }

  @Test
  void changesShowWithThreeLinesOfContextAndSeparateHunks() {
    String before = lines(1, 20);
    String after = before.replace("line 5", "line five").replace("line 18", "line eighteen");
    String d = DefinitionDiff.diff(before, after);
    assertThat(d).startsWith("--- deployed\n+++ local\n");
    assertThat(d).contains(" line 2\n").contains("-line 5\n+line five\n").contains(" line 8\n")
        .doesNotContain("line 1\n").doesNotContain(" line 10\n").contains("@@\n")
        .contains("-line 18\n+line eighteen\n");
  }

  @Test
  void nothingDeployedIsAllAdded() {
    assertThat(DefinitionDiff.diff(null, "a\nb")).isEqualTo("--- deployed\n+++ local\n+a\n+b\n");
  }

  @Test
  void hugeTextsAreReportedAsReplacedWithoutQuadraticWork() {
    String before = lines(1, 1500);
    String after = before.replace("line 700\n", "line seven hundred\n");
    String d = DefinitionDiff.diff(before, after);
    assertThat(d).contains("-line 1\n").contains("+line seven hundred\n");
  }
}
