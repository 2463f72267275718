package dev.asl4j.interpreter.internal.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompiledExpressionTest {
  @Test
  void findsEveryNameAfterADollarButStates() {
    assertThat(CompiledExpression.referencedNames("$states.input.a + $x + $sum($list) & $$.y & $ & $café_1"))
        .containsExactly("x", "sum", "list", "café_1");
    assertThat(CompiledExpression.referencedNames("'$inString' & $a$b")).containsExactly("inString", "a", "b");
    assertThat(CompiledExpression.referencedNames("1 + 1")).isEmpty();
  }
}
