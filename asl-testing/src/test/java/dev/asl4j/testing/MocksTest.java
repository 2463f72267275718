package dev.asl4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.spi.TaskFailedException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@AslTest
class MocksTest {
  private static final String ORDER = "{\"orderId\":\"o-1\",\"amount\":42}";

  private static void happyMocks(AslTestEnvironment env) {
    env.mock("ReserveInventory").returns("{\"reservationId\":\"r-1\"}");
    env.mockResource("arn:aws:states:::sns:publish").returns("{\"MessageId\":\"m-1\"}");
  }

  @Test
  void returnsFlowThroughResultPathAndSelector(AslTestEnvironment env) {
    happyMocks(env);
    env.mock("ProcessPayment").returns("{\"paymentId\":\"p-1\"}");
    AslExecution ex = env.start("order-saga.asl.json", ORDER);
    assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(ex.output().get("reservation").get("reservationId").asText()).isEqualTo("r-1");
    assertThat(ex.output().get("payment").get("paymentId").asText()).isEqualTo("p-1");
    assertThat(ex.output().get("shipping").get("messageId").asText()).isEqualTo("m-1");
    assertThat(ex.visitedStates())
        .containsExactly("ReserveInventory", "ProcessPayment", "ShipOrder", "Done");
  }

  @Test
  void throwsErrorIsCaughtAndCompensated(AslTestEnvironment env) {
    happyMocks(env);
    env.mock("ProcessPayment").throwsError("PaymentDeclined", "card expired");
    env.mock("RollbackInventory").returns("{}");
    AslExecution ex = env.start("order-saga.asl.json", ORDER);
    AslAssertions.assertThat(ex).failedWith("SagaFailed")
        .visitedInOrder("ReserveInventory", "ProcessPayment", "RollbackInventory", "SagaFailed")
        .didNotVisit("ShipOrder");
    assertThat(ex.stateInput("RollbackInventory").get("error").get("Cause").asText())
        .isEqualTo("card expired");
  }

  @Test
  void sequenceRetriesThenSucceeds(AslTestEnvironment env) {
    happyMocks(env);
    env.mock("ProcessPayment")
        .throwsError("Gateway.Timeout", "slow")
        .then()
        .returns("{\"paymentId\":\"p-2\"}");
    AslExecution ex = env.start("order-saga.asl.json", ORDER);
    AslAssertions.assertThat(ex).succeeded().hasAttempts("ProcessPayment", 2)
        .hasOutputAt("$.payment.paymentId", "\"p-2\"");
    assertThat(env.mock("ProcessPayment").invocations()).isEqualTo(2);
    assertThat(env.mock("ReserveInventory").invocations()).isEqualTo(1);
  }

  @Test
  void lastAnswerRepeatsUntilRetriesRunOut(AslTestEnvironment env) {
    happyMocks(env);
    env.mock("ProcessPayment").throwsError("Gateway.Timeout", "down");
    env.mock("RollbackInventory").returns("{}");
    AslExecution ex = env.start("order-saga.asl.json", ORDER);
    // MaxAttempts 2: the first call and two retries, then the States.ALL catcher.
    AslAssertions.assertThat(ex).failedWith("SagaFailed").hasAttempts("ProcessPayment", 3);
    assertThat(ex.stateInput("RollbackInventory").get("error").get("Error").asText())
        .isEqualTo("Gateway.Timeout");
  }

  @Test
  void answersComputeFromTheTaskInput(AslTestEnvironment env) {
    happyMocks(env);
    env.mock("ProcessPayment").answers(in -> JsonNodeFactory.instance.objectNode()
        .put("charged", in.get("amount").asInt() * 2)
        .put("for", in.get("orderId").asText()));
    AslExecution ex = env.start("order-saga.asl.json", ORDER);
    AslAssertions.assertThat(ex).succeeded()
        .hasOutputAt("$.payment", "{\"charged\":84,\"for\":\"o-1\"}");
  }

  @Test
  void handlesSeesTheAttemptAndMayThrow(AslTestEnvironment env) {
    happyMocks(env);
    env.mock("ProcessPayment").handles(req -> {
      if (req.attempt() == 0) {
        throw new TaskFailedException("Gateway.Timeout", "first try");
      }
      return JsonNodeFactory.instance.objectNode().put("attempt", req.attempt());
    });
    AslExecution ex = env.start("order-saga.asl.json", ORDER);
    AslAssertions.assertThat(ex).succeeded().hasOutputAt("$.payment.attempt", "1");
  }

  @Test
  void stateMocksWinOverResourceMocks(AslTestEnvironment env) {
    happyMocks(env);
    env.mock("ProcessPayment").throwsError("PaymentDeclined", "no");
    env.mock("RollbackInventory").returns("{}");
    env.mock("NotifyFailure").returns("{\"MessageId\":\"state-mock\"}");
    AslExecution ex = env.start("order-saga.asl.json", ORDER);
    AslAssertions.assertThat(ex).failedWith("SagaFailed");
    assertThat(env.mock("NotifyFailure").invocations()).isEqualTo(1);
    assertThat(env.mockResource("arn:aws:states:::sns:publish").invocations()).isZero();
  }

  @Test
  void resourceMockAnswersEveryStateCallingIt(AslTestEnvironment env) {
    happyMocks(env);
    env.mock("ProcessPayment").throwsError("PaymentDeclined", "no");
    env.mockResource("arn:aws:lambda:us-east-1:123456789012:function:release").returns("{}");
    AslExecution ex = env.start("order-saga.asl.json", ORDER);
    AslAssertions.assertThat(ex).failedWith("SagaFailed").visited("NotifyFailure");
    assertThat(env.mockResource("arn:aws:states:::sns:publish").invocations()).isEqualTo(1);
  }

  @Test
  void unmockedTaskFailsWithTaskFailedNamingTheState(AslTestEnvironment env) {
    env.mock("ReserveInventory").returns("{}");
    AslExecution ex = env.start("order-saga.asl.json", ORDER);
    // ProcessPayment's States.ALL catcher catches it; RollbackInventory is unmocked too.
    AslAssertions.assertThat(ex).failed().visited("RollbackInventory");
    assertThat(ex.error()).isEqualTo("States.TaskFailed");
    assertThat(ex.cause()).contains("no mock for state \"RollbackInventory\"")
        .contains("arn:aws:lambda:us-east-1:123456789012:function:release");
  }

  @Test
  void mockConfigFileImport(AslTestEnvironment env) throws URISyntaxException {
    Path config = Path.of(getClass().getResource("/mock-config.json").toURI());
    env.importMockConfig(config, "PaymentRetried");
    AslExecution ex = env.start("order-saga.asl.json", ORDER);
    AslAssertions.assertThat(ex).succeeded().hasAttempts("ProcessPayment", 2)
        .hasOutputAt("$.payment.paymentId", "\"p-9\"")
        .hasOutputAt("$.shipping.messageId", "\"m-7\"");
  }

  @Test
  void inCodeMocksWinOverTheImportedFile(AslTestEnvironment env) throws URISyntaxException {
    Path config = Path.of(getClass().getResource("/mock-config.json").toURI());
    env.importMockConfig(config, "OrderSaga", "PaymentRetried");
    env.mock("ShipOrder").returns("{\"MessageId\":\"in-code\"}");
    AslExecution ex = env.start("order-saga.asl.json", ORDER);
    AslAssertions.assertThat(ex).succeeded().hasOutputAt("$.shipping.messageId", "\"in-code\"");
  }

  @Test
  void answersAppendToTheSequence(AslTestEnvironment env) {
    happyMocks(env);
    env.mock("ProcessPayment").returns("{\"paymentId\":\"first\"}");
    env.mock("ProcessPayment").returns("{\"paymentId\":\"second\"}");
    AslExecution first = env.start("order-saga.asl.json", ORDER);
    AslExecution second = env.start("order-saga.asl.json", ORDER);
    AslExecution third = env.start("order-saga.asl.json", ORDER);
    AslAssertions.assertThat(first).hasOutputAt("$.payment.paymentId", "\"first\"");
    AslAssertions.assertThat(second).hasOutputAt("$.payment.paymentId", "\"second\"");
    AslAssertions.assertThat(third).hasOutputAt("$.payment.paymentId", "\"second\"");
  }

  @Test
  void mockWithoutAnswerFailsClearly(AslTestEnvironment env) {
    env.mock("ReserveInventory");
    AslExecution ex = env.start("order-saga.asl.json", ORDER);
    AslAssertions.assertThat(ex).failedWith("States.TaskFailed");
    assertThat(ex.cause()).contains("mock of state \"ReserveInventory\" has no answer");
  }
}
