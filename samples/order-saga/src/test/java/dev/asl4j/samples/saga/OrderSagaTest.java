package dev.asl4j.samples.saga;

import static dev.asl4j.testing.AslAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.testing.AslExecution;
import dev.asl4j.testing.AslTest;
import dev.asl4j.testing.AslTestEnvironment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * order-saga.asl.json: ReserveInventory → ProcessPayment → ConfirmOrder, each step's failure
 * caught (States.ALL) and compensated in reverse order.
 */
@AslTest
class OrderSagaTest {
  private static final String SAGA = "order-saga.asl.json";
  private static final String ORDER = "{\"orderId\":\"o-1\",\"sku\":\"SKU-1\",\"amount\":42}";

  /**
   * Reserve and pay succeed. (Each call on a mock appends an answer to its sequence, so a test
   * that wants ConfirmOrder to fail must not have configured it to succeed first.)
   */
  private static void reserveAndPaySucceed(AslTestEnvironment env) {
    env.mock("ReserveInventory").returns("{\"orderId\":\"o-1\",\"reservationId\":\"r-1\"}");
    env.mock("ProcessPayment").returns("{\"orderId\":\"o-1\",\"paymentId\":\"p-1\"}");
  }

  private static void compensationsSucceed(AslTestEnvironment env) {
    env.mock("RollbackPayment").returns("{\"refunded\":true}");
    env.mock("RollbackInventory").returns("{\"released\":true}");
  }

  @Test
  void happyPathConfirmsTheOrder(AslTestEnvironment env) {
    reserveAndPaySucceed(env);
    env.mock("ConfirmOrder").returns("{\"orderId\":\"o-1\",\"status\":\"CONFIRMED\"}");
    compensationsSucceed(env);

    AslExecution ex = env.start(SAGA, ORDER);

    assertThat(ex).succeeded()
        .visitedInOrder("ReserveInventory", "ProcessPayment", "ConfirmOrder", "SagaCompleted")
        .didNotVisit("RollbackPayment", "RollbackInventory", "SagaFailed")
        .hasOutput("{\"orderId\":\"o-1\",\"status\":\"CONFIRMED\"}");
    // each step gets the previous step's result (no ResultPath in this definition)
    assertThat(ex).hasStateInput("ProcessPayment", "{\"orderId\":\"o-1\",\"reservationId\":\"r-1\"}");
  }

  @Test
  void reservationFailureRollsNothingBack(AslTestEnvironment env) {
    env.mock("ReserveInventory").throwsError("OutOfStock", "SKU-1 sold out");
    compensationsSucceed(env);

    AslExecution ex = env.start(SAGA, ORDER);

    assertThat(ex).failedWith("InventoryReservationFailed", "Could not reserve inventory")
        .visitedInOrder("ReserveInventory", "InventoryReservationFailed")
        .didNotVisit("ProcessPayment", "RollbackPayment", "RollbackInventory", "SagaFailed");
    assertThat(env.mock("RollbackInventory").invocations()).isZero();
    assertThat(env.mock("RollbackPayment").invocations()).isZero();
  }

  @Test
  void compensatesWhenPaymentFails(AslTestEnvironment env) {
    env.mock("ReserveInventory").returns("{\"reservationId\":\"r-1\"}");
    env.mock("ProcessPayment").throwsError("PaymentDeclined", "card expired");
    compensationsSucceed(env);

    AslExecution ex = env.start(SAGA, ORDER);

    assertThat(ex).failedWith("SagaFailed", "Order saga failed, all compensations executed")
        .visitedInOrder("ReserveInventory", "ProcessPayment", "RollbackInventory", "SagaFailed")
        .didNotVisit("ConfirmOrder", "RollbackPayment");
  }

  @Test
  void confirmationFailureRefundsThenReleasesInReverseOrder(AslTestEnvironment env) {
    reserveAndPaySucceed(env);
    env.mock("ConfirmOrder").throwsError("OrderServiceDown", "503");
    compensationsSucceed(env);

    AslExecution ex = env.start(SAGA, ORDER);

    assertThat(ex).failedWith("SagaFailed")
        .visitedInOrder("ReserveInventory", "ProcessPayment", "ConfirmOrder",
            "RollbackPayment", "RollbackInventory", "SagaFailed")
        .didNotVisit("SagaCompleted");
    assertThat(ex.visitedStates()).containsExactly("ReserveInventory", "ProcessPayment",
        "ConfirmOrder", "RollbackPayment", "RollbackInventory", "SagaFailed");
  }

  @Test
  void aTimedOutStepIsCompensatedToo(AslTestEnvironment env) {
    env.mock("ReserveInventory").returns("{\"reservationId\":\"r-1\"}");
    env.mock("ProcessPayment").timesOut();
    compensationsSucceed(env);

    AslExecution ex = env.start(SAGA, ORDER);

    // States.ALL also matches States.Timeout
    assertThat(ex).failedWith("SagaFailed").visitedInOrder("ProcessPayment", "RollbackInventory");
    assertThat(ex.stateInput("RollbackInventory").get("Error").asText()).isEqualTo("States.Timeout");
  }

  @Test
  void aFailingCompensationStopsTheRollback(AslTestEnvironment env) {
    reserveAndPaySucceed(env);
    env.mock("ConfirmOrder").throwsError("OrderServiceDown", "503");
    env.mock("RollbackPayment").throwsError("RefundFailed", "payment p-1 already settled");
    env.mock("RollbackInventory").returns("{\"released\":true}");

    AslExecution ex = env.start(SAGA, ORDER);

    // The compensations have no Retry or Catch: the execution fails with the refund's error
    // and the inventory is never released.
    assertThat(ex).failedWith("RefundFailed", "payment p-1 already settled")
        .visitedInOrder("ConfirmOrder", "RollbackPayment")
        .didNotVisit("RollbackInventory", "SagaFailed");
    assertThat(env.mock("RollbackInventory").invocations()).isZero();
  }

  @Test
  void aFailingLastCompensationFailsWithItsOwnError(AslTestEnvironment env) {
    env.mock("ReserveInventory").returns("{\"reservationId\":\"r-1\"}");
    env.mock("ProcessPayment").throwsError("PaymentDeclined", "card expired");
    env.mock("RollbackInventory").throwsError("InventoryServiceDown", "timeout");

    AslExecution ex = env.start(SAGA, ORDER);

    assertThat(ex).failedWith("InventoryServiceDown", "timeout").didNotVisit("SagaFailed");
  }

  /**
   * The finding: the Catchers have no ResultPath, so the error object replaces the whole state.
   * The compensations never see the order (no orderId, reservationId or paymentId): in real
   * life they could not tell which reservation or payment to undo.
   */
  @Test
  void compensationsReceiveTheErrorInsteadOfTheOrder(AslTestEnvironment env) {
    reserveAndPaySucceed(env);
    env.mock("ConfirmOrder").throwsError("OrderServiceDown", "503");
    List<JsonNode> refundInputs = new ArrayList<>();
    env.mockResource("arn:aws:lambda:us-east-1:123456789:function:rollback-payment")
        .answers(in -> {
          refundInputs.add(in);
          return JsonNodeFactory.instance.objectNode().put("refunded", true);
        });
    env.mock("RollbackInventory").returns("{\"released\":true}");

    AslExecution ex = env.start(SAGA, ORDER);

    assertThat(refundInputs).hasSize(1);
    assertThat(refundInputs.get(0).get("Error").asText()).isEqualTo("OrderServiceDown");
    assertThat(refundInputs.get(0).has("orderId")).isFalse();
    assertThat(ex)
        .hasStateInput("RollbackPayment", "{\"Error\":\"OrderServiceDown\",\"Cause\":\"503\"}")
        // and the next compensation gets the previous compensation's result
        .hasStateInput("RollbackInventory", "{\"refunded\":true}");
  }
}
