package dev.asl4j.interpreter.internal.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashjoin.jsonata.JException;
import dev.asl4j.interpreter.internal.expr.AslException;
import org.junit.jupiter.api.Test;

class QueryCausesTest {
  @Test
  void restoresFunctionWhereTheLibrarySaysObjectButNotInsideQuotes() {
    JException e = new JException("T0410", 3, "1", "Object");
    assertThat(QueryCauses.message(e))
        .isEqualTo("Argument 1 of function \"Object\" does not match function signature");
  }

  @Test
  void causesNameTheTrimmedExpressionAndTheField() {
    AslException undefined = QueryCauses.undefined("  $x ", "Output/a");
    assertThat(undefined.error().name()).isEqualTo("States.QueryEvaluationError");
    assertThat(undefined.statePrefixed()).isTrue();
    assertThat(undefined.error().cause())
        .isEqualTo("The JSONata expression '$x' specified for the field 'Output/a' returned nothing (undefined).");
    assertThat(QueryCauses.thrown("e", "F", new LimitExceeded(LimitExceeded.TIME)).error().cause())
        .isEqualTo("The JSONata expression 'e' specified for the field 'F' threw an error during evaluation:"
            + " Expression evaluation timeout: Check for infinite loop");
    assertThat(QueryCauses.thrown("e", "F", new RuntimeException(new LimitExceeded(LimitExceeded.MEMORY)))
        .error().cause()).endsWith(": " + LimitExceeded.MEMORY);
    assertThat(QueryCauses.thrown("e", "F", new StackOverflowError()).error().cause()).endsWith(LimitExceeded.DEPTH);
    assertThat(QueryCauses.thrown("e", "F", new OutOfMemoryError()).error().cause()).endsWith(LimitExceeded.MEMORY);
    assertThat(QueryCauses.thrown("e", "F", new ClassCastException("x")).error().cause())
        .endsWith("threw an internal error during evaluation.");
  }
}
