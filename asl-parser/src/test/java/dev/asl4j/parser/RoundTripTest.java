package dev.asl4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.asl4j.parser.model.StateMachine;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Writing a parsed model and parsing the text again gives an equal model, without errors. */
class RoundTripTest {
  private static final AslParser PARSER = AslParser.create();

  @TestFactory
  Stream<DynamicTest> corpusDefinitionsRoundTrip() {
    List<SharedData.Definition> all = new java.util.ArrayList<>(SharedData.realWorld());
    all.addAll(SharedData.conformance());
    return all.stream()
        .filter(d -> !d.flagged())
        .map(d -> dynamicTest(d.name(), () -> roundTrip(d.text(), d.name())));
  }

  static void roundTrip(String text, String name) {
    ParseResult first = PARSER.parse(text, name);
    if (first.hasErrors() || first.model().isEmpty()) {
      return; // only well-formed definitions must round-trip
    }
    StateMachine model = first.model().get();
    String written = AslWriter.toText(model);
    ParseResult second = PARSER.parse(written, name + " (written)");
    assertThat(second.diagnostics()).as(written)
        .noneMatch(d -> d.severity() == Severity.ERROR);
    assertThat(second.model()).contains(model);
  }
}
