package dev.asl4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The ~1 MB, 1,500-state benchmark definition parses without errors, and parsing it again gives
 * an equal model. How fast it parses is measured by {@code BigDefinitionBenchmark} in asl-bench,
 * not asserted here: a timed assertion on a shared build machine only produces flaky builds.
 */
class BigDefinitionTest {
  @Test
  void bigDefinitionParsesToTheSameModelEveryTime() {
    Path file = SharedData.root().resolve("bench/workloads/big-definition.asl.json");
    String text = SharedData.read(file);
    AslParser parser = AslParser.create();
    ParseResult first = parser.parse(text, "big.json");
    assertThat(first.hasErrors()).isFalse();
    assertThat(first.model()).isPresent();
    for (int i = 0; i < 5; i++) {
      assertThat(parser.parse(text, "big.json").model()).isEqualTo(first.model());
    }
  }
}
