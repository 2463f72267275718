package dev.asl4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.AslParser;
import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.ParseResult;
import dev.asl4j.parser.Severity;
import dev.asl4j.parser.model.State;
import dev.asl4j.parser.model.StateMachine;
import java.util.List;
import java.util.stream.Collectors;

/** Small helpers for model-building tests. */
final class Parsing {
  /** With the test-only marker checker, so expression checks can be tested without a JSONata engine. */
  private static final AslParser PARSER = AslParser.create().withJsonataChecker(new MarkerJsonataChecker());

  private Parsing() {}

  static ParseResult parse(String text) {
    return PARSER.parse(text, "test.asl.json");
  }

  /** A machine whose only state is {@code "A": state}, optionally in {@code language}. */
  static String single(String state) {
    return "{\"StartAt\": \"A\", \"States\": {\"A\": " + state + "}}";
  }

  static String singleJsonata(String state) {
    return "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\", \"States\": {\"A\": " + state + "}}";
  }

  /** The model, asserting that the text has no diagnostics at all. */
  static StateMachine model(String text) {
    ParseResult r = parse(text);
    assertThat(r.diagnostics()).as(text).isEmpty();
    return r.model().orElseThrow();
  }

  /** State "A" of a clean definition. */
  @SuppressWarnings("unchecked")
  static <S extends State> S stateA(String text) {
    return (S) model(text).states().get("A");
  }

  static List<Diagnostic> errors(String text) {
    return parse(text).diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR)
        .collect(Collectors.toList());
  }

  /** "pointer: message" of each error, for compact assertions. */
  static List<String> errorLines(String text) {
    return errors(text).stream()
        .map(d -> d.pointer() + ": " + d.message())
        .collect(Collectors.toList());
  }
}
