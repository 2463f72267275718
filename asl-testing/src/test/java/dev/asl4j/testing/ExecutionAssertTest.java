package dev.asl4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

@AslTest
class ExecutionAssertTest {
  private static final String PATH = "path:      ReserveInventory -> ProcessPayment -> ShipOrder -> Done";
  private static final String FAILED_PATH =
      "ReserveInventory -> ProcessPayment -> RollbackInventory -> NotifyFailure -> SagaFailed";

  private static AslExecution happy(AslTestEnvironment env) {
    env.mock("ReserveInventory").returns("{\"reservationId\":\"r-1\"}");
    env.mock("ProcessPayment").throwsError("Gateway.Timeout", "slow").returns("{\"paymentId\":\"p-1\"}");
    env.mockResource("arn:aws:states:::sns:publish").returns("{\"MessageId\":\"m-1\"}");
    return env.start("order-saga.asl.json", "{\"orderId\":\"o-1\",\"amount\":42}");
  }

  private static AslExecution sad(AslTestEnvironment env) {
    env.mock("ReserveInventory").returns("{}");
    env.mock("ProcessPayment").throwsError("PaymentDeclined", "card expired");
    env.mock("RollbackInventory").returns("{}");
    env.mockResource("arn:aws:states:::sns:publish").returns("{\"MessageId\":\"m-1\"}");
    return env.start("order-saga.asl.json", "{\"orderId\":\"o-2\",\"amount\":1}");
  }

  /** The failure shows the expected value, the actual value and the execution's path. */
  private static void failsWith(ThrowingCallable c, String expected, String actual, String path) {
    assertThatThrownBy(c)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected:  " + expected)
        .hasMessageContaining("actual:    " + actual)
        .hasMessageContaining(path);
  }

  @Test
  void status(AslTestEnvironment env) {
    AslExecution ok = happy(env);
    AslAssertions.assertThat(ok).succeeded();
    failsWith(() -> AslAssertions.assertThat(ok).failed(), "FAILED", "SUCCEEDED", PATH);
    failsWith(() -> AslAssertions.assertThat(ok).timedOut(), "TIMED_OUT", "SUCCEEDED", PATH);
    failsWith(() -> AslAssertions.assertThat(ok).failedWith("X"), "FAILED (error: X)", "SUCCEEDED", PATH);
  }

  @Test
  void failures(AslTestEnvironment env) {
    AslExecution bad = sad(env);
    AslAssertions.assertThat(bad).failed().failedWith("SagaFailed")
        .failedWith("SagaFailed", "payment failed; inventory released");
    String actual = "FAILED (error: SagaFailed, cause: payment failed; inventory released)";
    failsWith(() -> AslAssertions.assertThat(bad).succeeded(), "SUCCEEDED", actual, FAILED_PATH);
    failsWith(() -> AslAssertions.assertThat(bad).failedWith("Other"), "FAILED (error: Other)",
        actual, FAILED_PATH);
    failsWith(() -> AslAssertions.assertThat(bad).failedWith("SagaFailed", "nope"),
        "FAILED (error: SagaFailed, cause: nope)", actual, FAILED_PATH);
  }

  @Test
  void timedOutPassesForATimedOutExecution(AslTestEnvironment env) {
    AslExecution ex = env.start(env.engine().load(
        "{\"StartAt\":\"W\",\"TimeoutSeconds\":60,\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":3600,\"End\":true}}}",
        "timeout.asl.json"), "{}");
    AslAssertions.assertThat(ex).timedOut();
    failsWith(() -> AslAssertions.assertThat(ex).succeeded(), "SUCCEEDED",
        "TIMED_OUT (error: States.Timeout", "path:      W");
  }

  @Test
  void output(AslTestEnvironment env) {
    AslExecution ok = happy(env);
    String out = "{\"orderId\":\"o-1\",\"amount\":42.0,\"reservation\":{\"reservationId\":\"r-1\"},"
        + "\"payment\":{\"paymentId\":\"p-1\"},\"shipping\":{\"messageId\":\"m-1\"}}";
    AslAssertions.assertThat(ok).hasOutput(out).hasOutputAt("$.payment.paymentId", "\"p-1\"")
        .hasOutputAt("$['shipping']", "{\"messageId\":\"m-1\"}");
    AslAssertions.assertThat(ok).output().isNotNull()
        .extracting(o -> o.get("orderId").asText()).isEqualTo("o-1");
    failsWith(() -> AslAssertions.assertThat(ok).hasOutput("{\"orderId\":\"o-9\"}"),
        "{\"orderId\":\"o-9\"}", "{\"orderId\":\"o-1\",\"amount\":42,", PATH);
    failsWith(() -> AslAssertions.assertThat(ok).hasOutputAt("$.payment.paymentId", "\"p-2\""),
        "\"p-2\"", "\"p-1\"", PATH);
    failsWith(() -> AslAssertions.assertThat(ok).hasOutputAt("$.missing", "1"), "1", "<none>", PATH);
  }

  @Test
  void path(AslTestEnvironment env) {
    AslExecution ok = happy(env);
    AslAssertions.assertThat(ok).visited("ShipOrder", "ReserveInventory")
        .visitedInOrder("ReserveInventory", "Done").didNotVisit("SagaFailed", "RollbackInventory");
    String actualPath = "[ReserveInventory, ProcessPayment, ShipOrder, Done]";
    failsWith(() -> AslAssertions.assertThat(ok).visited("ShipOrder", "SagaFailed"),
        "[ShipOrder, SagaFailed]", actualPath, PATH);
    failsWith(() -> AslAssertions.assertThat(ok).visitedInOrder("Done", "ReserveInventory"),
        "[Done, ReserveInventory]", actualPath, PATH);
    failsWith(() -> AslAssertions.assertThat(ok).didNotVisit("SagaFailed", "ShipOrder"),
        "none of [SagaFailed, ShipOrder]", actualPath, PATH);
  }

  @Test
  void stateInputAndOutput(AslTestEnvironment env) {
    AslExecution ok = happy(env);
    AslAssertions.assertThat(ok)
        .hasStateInput("ProcessPayment", "{\"orderId\":\"o-1\",\"amount\":42,\"reservation\":{\"reservationId\":\"r-1\"}}")
        .hasStateOutput("ReserveInventory", "{\"orderId\":\"o-1\",\"amount\":42,\"reservation\":{\"reservationId\":\"r-1\"}}");
    assertThat(ok.stateInput("ProcessPayment", 0)).isEqualTo(ok.stateInput("ProcessPayment"));
    assertThat(ok.stateInput("ProcessPayment", 1)).isNull();
    failsWith(() -> AslAssertions.assertThat(ok).hasStateInput("ProcessPayment", "{}"), "{}",
        "{\"orderId\":\"o-1\"", PATH);
    failsWith(() -> AslAssertions.assertThat(ok).hasStateOutput("SagaFailed", "{}"), "{}",
        "<none>", PATH);
  }

  @Test
  void attempts(AslTestEnvironment env) {
    AslExecution ok = happy(env);
    AslAssertions.assertThat(ok).hasAttempts("ProcessPayment", 2).hasAttempts("ReserveInventory", 1)
        .hasAttempts("Done", 0);
    failsWith(() -> AslAssertions.assertThat(ok).hasAttempts("ProcessPayment", 1), "1", "2", PATH);
  }

  @Test
  void variables(AslTestEnvironment env) {
    env.mock("Charge").returns("{\"id\":\"c-1\"}");
    AslExecution ex = env.start("slow-flow.asl.json", "{}");
    AslAssertions.assertThat(ex).hasVariable("chargeId", "\"c-1\"");
    String path = "Charge -> CoolOff -> Remember -> Finish";
    failsWith(() -> AslAssertions.assertThat(ex).hasVariable("chargeId", "\"c-2\""), "\"c-2\"",
        "\"c-1\"", path);
    failsWith(() -> AslAssertions.assertThat(ex).hasVariable("nope", "1"), "1", "<none>", path);
  }

  @Test
  void historyEventTypes(AslTestEnvironment env) {
    AslExecution ok = happy(env);
    AslAssertions.assertThat(ok).hasHistoryEventTypes("ExecutionStarted", "LambdaFunctionFailed",
        "LambdaFunctionSucceeded", "ExecutionSucceeded");
    failsWith(() -> AslAssertions.assertThat(ok).hasHistoryEventTypes("ExecutionSucceeded", "ExecutionStarted"),
        "[ExecutionSucceeded, ExecutionStarted]", "[ExecutionStarted, TaskStateEntered", PATH);
  }

  @Test
  void describedAssertionsKeepTheirDescription(AslTestEnvironment env) {
    AslExecution ok = happy(env);
    assertThatThrownBy(() -> AslAssertions.assertThat(ok).as("order o-1").failed())
        .hasMessageContaining("[order o-1]");
  }
}
