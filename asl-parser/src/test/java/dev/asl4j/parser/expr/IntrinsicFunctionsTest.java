package dev.asl4j.parser.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntrinsicFunctionsTest {

  @Test
  void knowsTheEighteenFunctions() {
    assertThat(IntrinsicFunctions.all()).hasSize(18);
    assertThat(IntrinsicFunctions.all().keySet()).allMatch(n -> n.startsWith("States."));
  }

  @Test
  void arity() {
    assertThat(IntrinsicFunctions.lookup("States.MathRandom").orElseThrow().accepts(2)).isTrue();
    assertThat(IntrinsicFunctions.lookup("States.MathRandom").orElseThrow().accepts(3)).isTrue();
    assertThat(IntrinsicFunctions.lookup("States.MathRandom").orElseThrow().accepts(4)).isFalse();
    assertThat(IntrinsicFunctions.lookup("States.Array").orElseThrow().accepts(0)).isTrue();
    assertThat(IntrinsicFunctions.lookup("States.Format").orElseThrow().accepts(0)).isFalse();
    assertThat(IntrinsicFunctions.lookup("States.UUID").orElseThrow().accepts(1)).isFalse();
    assertThat(IntrinsicFunctions.lookup("States.format")).isEmpty();
  }
}
