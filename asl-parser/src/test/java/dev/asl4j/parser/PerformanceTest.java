package dev.asl4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A smoke check that parsing stays linear and fast: the ~1 MB, 1,500-state benchmark definition
 * parses in a few milliseconds once warm. The bound is loose because the build machine is shared;
 * the JMH benchmark in asl-bench gives real figures.
 */
class PerformanceTest {
  @Test
  void bigDefinitionParsesQuicklyWhenWarm() {
    Path file = SharedData.root().resolve("bench/workloads/big-definition.asl.json");
    String text = SharedData.read(file);
    AslParser parser = AslParser.create();
    for (int i = 0; i < 30; i++) {
      assertThat(parser.parse(text, "big.json").hasErrors()).isFalse();
    }
    int runs = 20;
    long start = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      parser.parse(text, "big.json");
    }
    double msPerParse = (System.nanoTime() - start) / 1e6 / runs;
    System.out.printf("big-definition: %.2f ms per parse (%d chars)%n", msPerParse, text.length());
    assertThat(msPerParse).isLessThan(250.0);
  }
}
