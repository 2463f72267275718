package dev.asl4j.testing;

import static dev.asl4j.testing.AslAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The DESIGN.md example, with AssertJ's and asl4j's assertThat both statically imported. */
@AslTest
class DesignExampleTest {
  @Test
  void compensatesWhenPaymentFails(AslTestEnvironment env) {
    env.mock("ReserveInventory").returns("{}");
    env.mock("ProcessPayment").throwsError("PaymentDeclined", "card expired");
    env.mock("RollbackInventory").returns("{}");
    env.mockResource("arn:aws:states:::sns:publish").returns("{}");
    AslExecution ex = env.start("order-saga.asl.json", "{\"orderId\":\"o-1\",\"amount\":10}");
    assertThat(ex).failedWith("SagaFailed")
        .visitedInOrder("ReserveInventory", "ProcessPayment", "RollbackInventory", "SagaFailed");
    assertThat(env.mock("ProcessPayment").invocations()).isEqualTo(1);
  }
}
