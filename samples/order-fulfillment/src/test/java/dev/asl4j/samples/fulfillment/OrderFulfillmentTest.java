package dev.asl4j.samples.fulfillment;

import static dev.asl4j.testing.AslAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.testing.AslExecution;
import dev.asl4j.testing.AslTest;
import dev.asl4j.testing.AslTestEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * order-fulfillment.asl.json: ValidateOrder (retried / caught) → CheckInventory ⇄
 * WaitForInventory → ProcessPayment → ParallelFulfillment (3 branches) → OrderCompleted.
 */
@AslTest
class OrderFulfillmentTest {
  private static final String FULFILLMENT = "order-fulfillment.asl.json";
  private static final String ORDER = "{\"orderId\":\"o-1\",\"sku\":\"SKU-1\",\"qty\":2}";
  private static final String CHECK_INVENTORY =
      "arn:aws:lambda:us-east-1:123456789:function:check-inventory";
  private static final String IN_STOCK = "{\"orderId\":\"o-1\",\"inventoryAvailable\":true}";
  private static final String OUT_OF_STOCK = "{\"orderId\":\"o-1\",\"inventoryAvailable\":false}";

  private static void validates(AslTestEnvironment env) {
    env.mock("ValidateOrder").returns("{\"orderId\":\"o-1\",\"valid\":true}");
  }

  private static void paysAndFulfils(AslTestEnvironment env) {
    env.mock("ProcessPayment").answers(in -> JsonNodeFactory.instance.objectNode()
        .put("orderId", in.get("orderId").asText()).put("paymentId", "p-1"));
    env.mock("UpdateDatabase").returns("{\"saved\":true}");
    env.mock("SendNotification").returns("{\"notified\":\"customer@example.com\"}");
    env.mock("InitiateShipping").returns("{\"trackingId\":\"t-1\"}");
  }

  @Test
  void happyPathCollectsTheThreeBranchResultsInOrder(AslTestEnvironment env) {
    validates(env);
    env.mockResource(CHECK_INVENTORY).returns(IN_STOCK);
    paysAndFulfils(env);

    AslExecution ex = env.start(FULFILLMENT, ORDER);

    assertThat(ex).succeeded()
        .visitedInOrder("ValidateOrder", "CheckInventory", "ProcessPaymentOrWait", "ProcessPayment",
            "ParallelFulfillment", "OrderCompleted")
        .visited("UpdateDatabase", "SendNotification", "InitiateShipping")
        .didNotVisit("WaitForInventory", "OrderFailed")
        // a Parallel state's output is the array of its branches' outputs, in branch order
        .hasOutput("[{\"saved\":true},{\"notified\":\"customer@example.com\"},{\"trackingId\":\"t-1\"}]");
    // every branch starts from the Parallel state's input: the payment result
    assertThat(ex).hasStateInput("InitiateShipping", "{\"orderId\":\"o-1\",\"paymentId\":\"p-1\"}");
  }

  @Test
  void validationIsRetriedOnServiceExceptionThenSucceeds(AslTestEnvironment env) {
    env.mock("ValidateOrder")
        .throwsError("ServiceException", "validator restarting")
        .then().throwsError("ServiceException", "validator restarting")
        .then().returns("{\"orderId\":\"o-1\",\"valid\":true}");
    env.mockResource(CHECK_INVENTORY).returns(IN_STOCK);
    paysAndFulfils(env);
    Instant start = env.now();

    AslExecution ex = env.start(FULFILLMENT, ORDER);

    assertThat(ex).succeeded().hasAttempts("ValidateOrder", 3);
    assertThat(Duration.between(start, env.now())).isEqualTo(Duration.ofSeconds(2 + 4));
  }

  @Test
  void validationFailsAfterThreeRetries(AslTestEnvironment env) {
    env.mock("ValidateOrder").throwsError("ServiceException", "validator down");
    Instant start = env.now();

    AslExecution ex = env.start(FULFILLMENT, ORDER);

    // the ServiceException is retried, not caught: the execution fails with it
    assertThat(ex).failedWith("ServiceException", "validator down")
        .hasAttempts("ValidateOrder", 4).didNotVisit("OrderFailed", "CheckInventory");
    assertThat(Duration.between(start, env.now())).isEqualTo(Duration.ofSeconds(2 + 4 + 8));
  }

  @Test
  void validationErrorIsCaughtWithoutRetry(AslTestEnvironment env) {
    env.mock("ValidateOrder").throwsError("ValidationError", "qty must be positive");

    AslExecution ex = env.start(FULFILLMENT, ORDER);

    assertThat(ex).failedWith("OrderProcessingFailed", "Order validation or processing failed")
        .visitedInOrder("ValidateOrder", "OrderFailed")
        .hasAttempts("ValidateOrder", 1)
        .hasStateInput("OrderFailed",
            "{\"Error\":\"ValidationError\",\"Cause\":\"qty must be positive\"}");
  }

  @Test
  void waitsForInventoryUntilTheCheckSaysAvailable(AslTestEnvironment env) {
    validates(env);
    env.mockResource(CHECK_INVENTORY)
        .returns(OUT_OF_STOCK)
        .then().returns(OUT_OF_STOCK)
        .then().returns(IN_STOCK);
    paysAndFulfils(env);
    Instant start = env.now();

    AslExecution ex = env.start(FULFILLMENT, ORDER);

    assertThat(ex).succeeded()
        .visitedInOrder("CheckInventory", "WaitForInventory", "CheckInventory", "WaitForInventory",
            "CheckInventory", "ProcessPayment");
    assertThat(env.mockResource(CHECK_INVENTORY).invocations()).isEqualTo(3);
    assertThat(Collections.frequency(ex.visitedStates(), "WaitForInventory")).isEqualTo(2);
    assertThat(Duration.between(start, env.now())).isEqualTo(Duration.ofSeconds(2 * 300));
  }

  @Test
  void aFailingBranchFailsTheWholeExecution(AslTestEnvironment env) {
    validates(env);
    env.mockResource(CHECK_INVENTORY).returns(IN_STOCK);
    env.mock("ProcessPayment").returns("{\"orderId\":\"o-1\",\"paymentId\":\"p-1\"}");
    env.mock("UpdateDatabase").returns("{\"saved\":true}");
    env.mock("SendNotification").returns("{\"notified\":\"customer@example.com\"}");
    env.mock("InitiateShipping").throwsError("CarrierUnavailable", "no pickup today");

    AslExecution ex = env.start(FULFILLMENT, ORDER);

    // the Parallel state has no Retry or Catch: the branch's error becomes the execution's
    // (a plain Lambda ARN records LambdaFunction* events, as in AWS, not Task* ones)
    assertThat(ex).failedWith("CarrierUnavailable", "no pickup today")
        .visited("InitiateShipping")
        .didNotVisit("OrderCompleted", "OrderFailed")
        .hasHistoryEventTypes("ParallelStateEntered", "LambdaFunctionFailed", "ParallelStateFailed",
            "ExecutionFailed");
  }

  @Test
  void aPaymentErrorIsNotHandled(AslTestEnvironment env) {
    validates(env);
    env.mockResource(CHECK_INVENTORY).returns(IN_STOCK);
    env.mock("ProcessPayment").throwsError("PaymentDeclined", "card expired");

    AslExecution ex = env.start(FULFILLMENT, ORDER);

    assertThat(ex).failedWith("PaymentDeclined").hasAttempts("ProcessPayment", 1)
        .didNotVisit("ParallelFulfillment", "OrderFailed");
  }

  @Test
  void anInventoryCheckErrorIsNotHandled(AslTestEnvironment env) {
    validates(env);
    env.mockResource(CHECK_INVENTORY).throwsError("Lambda.ServiceException", "503");

    AslExecution ex = env.start(FULFILLMENT, ORDER);

    assertThat(ex).failedWith("Lambda.ServiceException").didNotVisit("ProcessPaymentOrWait");
  }
}
