package dev.asl4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void anUnmockedTaskFailsTheRunAndNoCatchSwallowsIt(AslTestEnvironment env) {
    env.mock("ReserveInventory").returns("{}");
    AslExecution ex = env.start("order-saga.asl.json", ORDER);
    // ProcessPayment has a States.ALL catcher; a missing mock is States.Runtime, which none matches.
    AslAssertions.assertThat(ex).failed().didNotVisit("RollbackInventory", "SagaFailed");
    assertThat(ex.error()).isEqualTo("States.Runtime");
    assertThat(ex.cause()).contains("no mock for state \"ProcessPayment\"")
        .contains("arn:aws:lambda:us-east-1:123456789012:function:pay");
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
  void answersChainedOnOneCallFormASequence(AslTestEnvironment env) {
    happyMocks(env);
    TaskMock payment = env.mock("ProcessPayment").returns("{\"paymentId\":\"first\"}");
    payment.returns("{\"paymentId\":\"second\"}");
    AslExecution first = env.start("order-saga.asl.json", ORDER);
    AslExecution second = env.start("order-saga.asl.json", ORDER);
    AslExecution third = env.start("order-saga.asl.json", ORDER);
    AslAssertions.assertThat(first).hasOutputAt("$.payment.paymentId", "\"first\"");
    AslAssertions.assertThat(second).hasOutputAt("$.payment.paymentId", "\"second\"");
    AslAssertions.assertThat(third).hasOutputAt("$.payment.paymentId", "\"second\"");
  }

  @Test
  void aTestsOwnMockReplacesWhatASharedHelperSetUp(AslTestEnvironment env) {
    happyMocks(env);
    env.mock("ProcessPayment").returns("{\"paymentId\":\"helper\"}");
    env.mock("ProcessPayment").throwsError("Gateway.Timeout", "down");
    env.mock("RollbackInventory").returns("{}");
    AslExecution ex = env.start("order-saga.asl.json", ORDER);
    // Only the test's own answer is left: every attempt times out, then the catcher takes over.
    AslAssertions.assertThat(ex).failedWith("SagaFailed").hasAttempts("ProcessPayment", 3);
  }

  @Test
  void aRedefinedMockStartsItsNewSequenceFromTheFirstAnswer(AslTestEnvironment env) {
    happyMocks(env);
    env.mock("ProcessPayment").returns("{\"paymentId\":\"old\"}");
    env.start("order-saga.asl.json", ORDER);
    env.mock("ProcessPayment").returns("{\"paymentId\":\"new-1\"}").then()
        .returns("{\"paymentId\":\"new-2\"}");
    AslExecution ex = env.start("order-saga.asl.json", ORDER);
    AslAssertions.assertThat(ex).hasOutputAt("$.payment.paymentId", "\"new-1\"");
    assertThat(env.mock("ProcessPayment").invocations()).isEqualTo(2);
  }

  @Test
  void resetForgetsAnswersAndInvocations(AslTestEnvironment env) {
    happyMocks(env);
    env.mock("ProcessPayment").returns("{\"paymentId\":\"p-1\"}");
    env.start("order-saga.asl.json", ORDER);
    TaskMock payment = env.mock("ProcessPayment").reset();
    assertThat(payment.invocations()).isZero();
    AslExecution ex = env.start("order-saga.asl.json", ORDER);
    AslAssertions.assertThat(ex).failed();
    assertThat(ex.cause()).contains("mock of state \"ProcessPayment\" has no answer");
  }

  @Test
  void resetMocksForgetsEveryMock(AslTestEnvironment env) {
    happyMocks(env);
    env.mock("ProcessPayment").returns("{}");
    env.resetMocks();
    AslExecution ex = env.start("order-saga.asl.json", ORDER);
    assertThat(ex.error()).isEqualTo("States.Runtime");
    assertThat(ex.cause()).contains("no mock for state \"ReserveInventory\"");
    assertThat(ex.visitedStates()).containsExactly("ReserveInventory");
  }

  @Test
  void aMisspeltStateNameFailsWithASuggestion(AslTestEnvironment env) {
    happyMocks(env);
    env.mock("ProcesPayment").returns("{}");
    assertThatThrownBy(() -> env.start("order-saga.asl.json", ORDER))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no Task state is named \"ProcesPayment\"; did you mean \"ProcessPayment\"?")
        .hasMessageContaining("order-saga.asl.json");
  }

  @Test
  void aMockOfANonTaskStateOrOfNothingAlikeIsRejected(AslTestEnvironment env) {
    env.mock("SagaFailed").returns("{}");
    env.mock("Completely.Unrelated.Name").returns("{}");
    assertThatThrownBy(() -> env.start("order-saga.asl.json", ORDER))
        .hasMessageContaining("\"SagaFailed\" is a Fail state, not a Task state")
        .hasMessageContaining("no Task state is named \"Completely.Unrelated.Name\" (Task states: "
            + "ReserveInventory, ProcessPayment, ShipOrder, RollbackInventory, NotifyFailure)");
  }

  @Test
  void anImportedCaseForAnUnknownStateIsRejected(AslTestEnvironment env, @org.junit.jupiter.api.io.TempDir Path dir)
      throws java.io.IOException {
    Path config = dir.resolve("mocks.json");
    java.nio.file.Files.writeString(config, "{\"StateMachines\":{\"OrderSaga\":{\"TestCases\":{\"T\":"
        + "{\"ReserveInventry\":\"Ok\"}}}},\"MockedResponses\":{\"Ok\":{\"0\":{\"Return\":{}}}}}");
    env.importMockConfig(config, "T");
    assertThatThrownBy(() -> env.start("order-saga.asl.json", ORDER))
        .hasMessageContaining("did you mean \"ReserveInventory\"?");
  }

  @Test
  void mapIterationsShareOneSequenceInItemOrder(AslTestEnvironment env) {
    env.mock("PriceItem").returns("1").then().returns("2").then().returns("3");
    AslExecution ex = env.start("map-prices.asl.json", "{\"items\":[\"a\",\"b\",\"c\",\"d\"]}");
    AslAssertions.assertThat(ex).succeeded().hasOutput("[1,2,3,3]");
    assertThat(env.mock("PriceItem").invocations()).isEqualTo(4);
  }

  @Test
  void mockWithoutAnswerFailsClearly(AslTestEnvironment env) {
    env.mock("ReserveInventory");
    AslExecution ex = env.start("order-saga.asl.json", ORDER);
    AslAssertions.assertThat(ex).failedWith("States.Runtime");
    assertThat(ex.cause()).contains("mock of state \"ReserveInventory\" has no answer");
  }
}
