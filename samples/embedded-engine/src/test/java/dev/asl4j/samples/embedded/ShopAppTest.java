package dev.asl4j.samples.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShopAppTest {
  private final VirtualTimeScheduler time = new VirtualTimeScheduler();
  private final ShopApp shop = new ShopApp(time);

  @Test
  void happyCheckoutKeepsTheOrderAndAddsEachResult() {
    ExecutionResult r = shop.checkout("o-1", "SKU-1", 2, 19.90, "5555-4444", "Ireland");

    assertThat(r.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.output().path("orderId").asText()).isEqualTo("o-1");
    assertThat(r.output().path("reservation").path("reservationId").asText()).isEqualTo("res-1");
    assertThat(r.output().path("payment").path("paymentId").asText()).isEqualTo("pay-1");
    assertThat(r.output().path("shipment").path("parcelId").asText()).isEqualTo("parcel-1-o-1");
    assertThat(shop.stock("SKU-1")).isEqualTo(8);
    assertThat(shop.payments.ledger()).containsExactly("charge pay-1 19.9");
  }

  @Test
  void declinedCardReleasesTheStockAndChargesNothing() {
    ExecutionResult r = shop.checkout("o-2", "SKU-1", 3, 9.95, "4000-0002", "Ireland");

    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.error()).isEqualTo("CheckoutFailed");
    assertThat(entered(r)).containsExactly("ReserveStock", "ChargeCard", "ReleaseStock", "CheckoutFailed");
    assertThat(shop.stock("SKU-1")).isEqualTo(10);
    assertThat(shop.payments.ledger()).isEmpty();
  }

  @Test
  void failedShipmentRefundsThenReleasesInReverseOrder() {
    ExecutionResult r = shop.checkout("o-3", "SKU-1", 1, 9.95, "5555-4444", "Atlantis");

    assertThat(r.error()).isEqualTo("CheckoutFailed");
    assertThat(entered(r))
        .containsExactly(
            "ReserveStock", "ChargeCard", "ShipOrder", "RefundCard", "ReleaseStock", "CheckoutFailed");
    assertThat(shop.payments.ledger()).containsExactly("charge pay-1 9.95", "refund pay-1 9.95");
    assertThat(shop.stock("SKU-1")).isEqualTo(10);
  }

  @Test
  void soldOutFailsBeforeAnyPayment() {
    ExecutionResult r = shop.checkout("o-4", "SKU-2", 5, 50.00, "5555-4444", "Ireland");

    assertThat(r.error()).isEqualTo("CheckoutFailed");
    assertThat(entered(r)).containsExactly("ReserveStock", "CheckoutFailed");
    assertThat(shop.stock("SKU-2")).isEqualTo(1);
    assertThat(shop.payments.ledger()).isEmpty();
  }

  @Test
  void gatewayTimeoutsAreRetriedAfterMinutesOfVirtualBackOff() {
    var before = time.now();
    ExecutionResult r = shop.checkout("o-5", "SKU-1", 1, 5.00, "flaky-5555", "Ireland");

    assertThat(r.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.history().stream().filter(e -> e.type().equals("LambdaFunctionScheduled")).count())
        .isEqualTo(5); // reserve, charge three times, ship
    // 60 s, then 120 s of back-off: three minutes of virtual time, no real waiting.
    assertThat(Duration.between(before, time.now())).isEqualTo(Duration.ofMinutes(3));
  }

  private static List<String> entered(ExecutionResult r) {
    return r.history().stream()
        .filter(e -> e.type().endsWith("StateEntered"))
        .map(e -> e.details().path("name").asText())
        .toList();
  }
}
