package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import org.junit.jupiter.api.Test;

/** Out-of-range numbers from input or expressions end in an ASL error that says so, never a crash. */
class ClearErrorsTest {
  private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:f";

  private static ExecutionResult run(String def, String input) {
    AslEngine engine = AslEngine.builder().scheduler(new VirtualTimeScheduler())
        .taskHandler(FN, r -> Json.parse("{'ok':true}")).build();
    return engine.load(Json.parse(def)).run(Json.parse(input));
  }

  private static void assertCause(ExecutionResult r, String error, String cause) {
    assertThat(r.error()).as(r.cause()).isEqualTo(error);
    assertThat(r.cause()).contains(cause).doesNotContain("Internal error");
  }

  @Test
  void secondsPathOutOfTheLongRangeIsNoLong() {
    String def = "{'StartAt':'W','States':{'W':{'Type':'Wait','SecondsPath':'$.s','End':true}}}";
    assertCause(run(def, "{'s':1e300}"), "States.Runtime",
        "The SecondsPath parameter cannot be parsed as a long value: $.s");
    // a long but beyond the time limit: the execution runs into its one-year limit
    assertThat(run(def, "{'s':9000000000000000000}").status()).isEqualTo(ExecutionStatus.TIMED_OUT);
  }

  @Test
  void jsonataSecondsMustBeANonNegativeInteger() {
    for (String v : new String[] {"-1", "1e300"}) {
      ExecutionResult r = run("{'QueryLanguage':'JSONata','StartAt':'W','States':{'W':{"
          + "'Type':'Wait','Seconds':'{% " + v + " %}','End':true}}}", "{}");
      assertCause(r, "States.QueryEvaluationError", "non-negative integer");
    }
  }

  @Test
  void timeoutSecondsPathOutOfRangeIsAClearError() {
    String def = "{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + FN + "',"
        + "'TimeoutSecondsPath':'$.t','End':true}}}";
    assertCause(run(def, "{'t':1e300}"), "States.Runtime",
        "TimeoutSeconds must be an integer number of seconds");
    assertThat(run(def, "{'t':9000000000000000000}").status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void maxConcurrencyPathMustBeANonNegativeInteger() {
    String def = "{'StartAt':'M','States':{'M':{'Type':'Map','ItemsPath':'$.items',"
        + "'MaxConcurrencyPath':'$.c','ItemProcessor':{'StartAt':'P','States':{'P':{"
        + "'Type':'Pass','End':true}}},'End':true}}}";
    assertCause(run(def, "{'items':[1],'c':-1}"), "States.Runtime", "not a valid non-negative integer");
    assertCause(run(def, "{'items':[1],'c':1e300}"), "States.Runtime", "not a valid integer");
    assertThat(run(def, "{'items':[1,2],'c':0}").status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void infinityIsRefusedWhereValuesEnter() {
    AslEngine engine = AslEngine.builder().scheduler(new VirtualTimeScheduler())
        .taskHandler(FN, r -> JsonNodeFactory.instance.objectNode()
            .set("x", DoubleNode.valueOf(Double.POSITIVE_INFINITY))).build();
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'T','States':{'T':{"
        + "'Type':'Task','Resource':'" + FN + "','End':true}}}"));
    JsonNode infinite = JsonNodeFactory.instance.objectNode()
        .set("n", DoubleNode.valueOf(Double.POSITIVE_INFINITY));
    assertThatThrownBy(() -> d.start(infinite)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of JSON's range");
    ExecutionResult r = d.run(null);
    assertCause(r, "States.TaskFailed", "out of JSON's range");
  }
}
