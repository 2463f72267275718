package dev.asl4j.parser.internal;

import static dev.asl4j.parser.internal.Parsing.errorLines;
import static dev.asl4j.parser.internal.Parsing.single;
import static dev.asl4j.parser.internal.Parsing.singleJsonata;
import static dev.asl4j.parser.internal.Parsing.stateA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.FailState;
import dev.asl4j.parser.model.TaskState;
import dev.asl4j.parser.model.WaitState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Fields holding a constant, a *Path twin or a JSONata expression; ranges and timestamps. */
class ScalarFieldsTest {
  private static String task(String fields) {
    return single("{\"Type\": \"Task\", \"Resource\": \"arn:x\", \"End\": true, " + fields + "}");
  }

  @Test
  void literalPathAndJsonataForms() {
    TaskState lit = stateA(task("\"TimeoutSeconds\": 10"));
    assertThat(lit.timeoutSeconds().orElseThrow()).isInstanceOf(Template.Literal.class);
    TaskState path = stateA(task("\"TimeoutSecondsPath\": \"$.t\""));
    Template.PathValue pv = (Template.PathValue) path.timeoutSeconds().orElseThrow();
    assertThat(pv.path().text()).isEqualTo("$.t");
    TaskState expr = stateA(singleJsonata("{\"Type\": \"Task\", \"Resource\": \"arn:x\", "
        + "\"End\": true, \"TimeoutSeconds\": \"{% $states.input.t %}\"}"));
    assertThat(expr.timeoutSeconds().orElseThrow()).isInstanceOf(Template.JsonataValue.class);
  }

  @Test
  void jsonataStringInAJsonPathStateIsJustAWrongType() {
    assertThat(errorLines(task("\"TimeoutSeconds\": \"{% 1 %}\""))).containsExactly(
        "/States/A/TimeoutSeconds: Expected value of type Integer");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "\"TimeoutSeconds\": 0|/States/A/TimeoutSeconds: Minimum value is 1",
    "\"HeartbeatSeconds\": 100000000|/States/A/HeartbeatSeconds: Maximum value is 99999999",
    "\"TimeoutSeconds\": 1.5|/States/A/TimeoutSeconds: Expected value of type Integer",
    "\"TimeoutSeconds\": \"10\"|/States/A/TimeoutSeconds: Expected value of type Integer",
    "\"TimeoutSecondsPath\": 3|/States/A/TimeoutSecondsPath: Expected value of type String",
    "\"TimeoutSecondsPath\": \"$.a[*]\"|/States/A/TimeoutSecondsPath: Value is not a Reference Path",
  })
  void taskTimeoutProblems(String fields, String expected) {
    assertThat(errorLines(task(fields))).containsExactly(expected);
  }

  @Test
  void integralFloatsAreIntegers() {
    assertThat(errorLines(task("\"TimeoutSeconds\": 10.0"))).isEmpty();
  }

  @Test
  void waitForms() {
    WaitState s = stateA(single("{\"Type\": \"Wait\", \"Seconds\": 0, \"End\": true}"));
    assertThat(s.seconds()).isPresent();
    assertThat(s.timestamp()).isEmpty();
    WaitState t = stateA(single("{\"Type\": \"Wait\", \"TimestampPath\": \"$.when\", "
        + "\"End\": true}"));
    assertThat(t.timestamp().orElseThrow()).isInstanceOf(Template.PathValue.class);
    assertThat(errorLines(single("{\"Type\": \"Wait\", \"Seconds\": -1, \"End\": true}")))
        .containsExactly("/States/A/Seconds: Minimum value is 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2016-03-14T01:59:00Z", "2016-03-14T01:59:00.123+02:00",
      "2024-02-29T23:59:59-11:30"})
  void validTimestamps(String ts) {
    assertThat(errorLines(single("{\"Type\": \"Wait\", \"Timestamp\": \"" + ts
        + "\", \"End\": true}"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"05-12-2016T21:29:29Z", "2016-12-05 21:29:29Z",
      "2016-12-05T25:29:29Z", "2016-12-05t21:29:29Z", "2016-12-05T21:29:29", "2023-02-30T00:00:00Z",
      "{% '2016-03-14T01:59:00Z' %}"})
  void invalidTimestampsUseAwsWording(String ts) {
    assertThat(errorLines(single("{\"Type\": \"Wait\", \"Timestamp\": \"" + ts
        + "\", \"End\": true}")))
        .containsExactly("/States/A/Timestamp: String does not match RFC3339 timestamp");
  }

  @Test
  void jsonataTimestampExpressionIsNotCheckedAsATimestamp() {
    WaitState s = stateA(singleJsonata("{\"Type\": \"Wait\", \"Timestamp\": "
        + "\"{% $states.input.when %}\", \"End\": true}"));
    assertThat(s.timestamp().orElseThrow()).isInstanceOf(Template.JsonataValue.class);
  }

  @Test
  void failErrorAndCauseForms() {
    FailState lit = stateA(single("{\"Type\": \"Fail\", \"Error\": \"E\", \"Cause\": \"C\"}"));
    assertThat(lit.error().orElseThrow()).isInstanceOf(Template.Literal.class);
    FailState dyn = stateA(single("{\"Type\": \"Fail\", \"ErrorPath\": \"$.e\", "
        + "\"CausePath\": \"States.Format('x {}', $.c)\"}"));
    assertThat(dyn.error().orElseThrow()).isInstanceOf(Template.PathValue.class);
    assertThat(dyn.error().orElseThrow().pointer()).isEqualTo("/States/A/ErrorPath");
    assertThat(dyn.cause().orElseThrow()).isInstanceOf(Template.IntrinsicValue.class);
    assertThat(errorLines(single("{\"Type\": \"Fail\", \"CausePath\": \"nope\"}")))
        .containsExactly("/States/A/CausePath: The value for the field 'CausePath' must be a "
            + "valid JSONPath or a valid intrinsic function call");
    assertThat(errorLines(single("{\"Type\": \"Fail\", \"Error\": 1}")))
        .containsExactly("/States/A/Error: Expected value of type String");
  }

  @Test
  void bothFormsAreLeftToTheValidatorAndTheConstantWins() {
    TaskState t = stateA(task("\"TimeoutSeconds\": 5, \"TimeoutSecondsPath\": \"$.t\""));
    assertThat(t.timeoutSeconds().orElseThrow()).isInstanceOf(Template.Literal.class);
  }
}
