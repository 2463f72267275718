package dev.asl4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every definition AWS accepted parses without a single error from the parser. Flagged corpus
 * rows (not valid ASL as found) may have errors but must still parse without throwing.
 */
class CorpusParseTest {
  private static final AslParser PARSER = AslParser.create();

  @TestFactory
  Stream<DynamicTest> realWorldCorpus() {
    return SharedData.realWorld().stream().map(d -> dynamicTest(d.name(), () -> check(d)));
  }

  @TestFactory
  Stream<DynamicTest> conformanceDefinitions() {
    return SharedData.conformance().stream().map(d -> dynamicTest(d.name(), () -> check(d)));
  }

  private static void check(SharedData.Definition d) {
    ParseResult r = PARSER.parse(d.text(), d.name());
    if (d.flagged()) {
      return;
    }
    List<String> errors = r.diagnostics().stream()
        .filter(x -> x.severity() == Severity.ERROR)
        .map(x -> x.headline(d.name()))
        .collect(Collectors.toList());
    assertThat(errors).as(d.name()).isEmpty();
    assertThat(r.model()).isPresent();
  }
}
