package dev.asl4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.model.StateKind;
import dev.asl4j.parser.model.StateMachine;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The hand-written sample definitions (also the property-test seeds) are clean and round-trip. */
class SampleDefinitionsTest {
  static final java.util.List<String> SEEDS = ParserProperties.SEEDS;

  @ParameterizedTest
  @FieldSource("SEEDS")
  void parsesWithoutDiagnosticsAndRoundTrips(String name) {
    String text = ParserProperties.seed(name);
    ParseResult r = AslParser.create().parse(text, name);
    assertThat(r.diagnostics()).isEmpty();
    RoundTripTest.roundTrip(text, name);
  }

  @ParameterizedTest
  @FieldSource("SEEDS")
  void writtenTextIsStable(String name) {
    StateMachine sm = AslParser.create().parse(ParserProperties.seed(name), name).model()
        .orElseThrow();
    String once = AslWriter.toText(sm);
    StateMachine again = AslParser.create().parse(once, name).model().orElseThrow();
    assertThat(AslWriter.toText(again)).isEqualTo(once);
  }

  @org.junit.jupiter.api.Test
  void seedsCoverEveryStateType() {
    Set<StateKind> seen = EnumSet.noneOf(StateKind.class);
    for (String name : SEEDS) {
      AslParser.create().parse(ParserProperties.seed(name), name).model().orElseThrow()
          .states().values().forEach(s -> seen.add(s.kind()));
    }
    assertThat(seen).containsExactlyInAnyOrder(StateKind.values());
  }
}
