package dev.asl4j.samples.embedded;

import dev.asl4j.interpreter.spi.TaskFailedException;
import java.util.ArrayList;
import java.util.List;

/**
 * A fake card gateway. Cards starting with {@code 4000} are declined; {@code flaky} cards time
 * out on their first two attempts (the state machine retries {@code GatewayTimeout} after one,
 * then two minutes).
 */
final class PaymentGateway {
  private final List<String> ledger = new ArrayList<>();
  private int nextPayment = 1;

  synchronized String charge(String card, double amount, int attempt) throws TaskFailedException {
    if (card.startsWith("4000")) {
      throw new TaskFailedException("CardDeclined", "card " + card + " was declined");
    }
    if (card.startsWith("flaky") && attempt < 2) {
      throw new TaskFailedException("GatewayTimeout", "no answer from the acquirer");
    }
    String id = "pay-" + nextPayment++;
    ledger.add("charge " + id + " " + amount);
    return id;
  }

  synchronized void refund(String paymentId, double amount) {
    ledger.add("refund " + paymentId + " " + amount);
  }

  /** Every charge and refund, in order. */
  synchronized List<String> ledger() {
    return List.copyOf(ledger);
  }
}
