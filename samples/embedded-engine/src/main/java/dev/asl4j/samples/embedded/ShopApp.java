package dev.asl4j.samples.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.StateMachineDefinition;
import dev.asl4j.interpreter.spi.RealTimeScheduler;
import dev.asl4j.interpreter.spi.Scheduler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A shop that runs its checkout as a Step Functions state machine inside its own JVM: the
 * definition is the same JSON that could be deployed to AWS, and each Task's {@code Resource} is
 * answered by plain Java code.
 *
 * <pre>{@code
 * ShopApp shop = new ShopApp(new RealTimeScheduler());
 * ExecutionResult r = shop.checkout("o-1", "SKU-1", 2, 19.90, "5555-4444", "Ireland");
 * }</pre>
 */
public final class ShopApp {
  private static final String ARN = "arn:aws:lambda:eu-west-1:111122223333:function:";
  private static final ObjectMapper JSON = new ObjectMapper();

  final Warehouse warehouse = new Warehouse(Map.of("SKU-1", 10, "SKU-2", 1));
  final PaymentGateway payments = new PaymentGateway();
  final Carrier carrier = new Carrier();
  private final StateMachineDefinition checkout;

  /** Builds the engine with one in-code handler per Lambda the definition calls. */
  public ShopApp(Scheduler scheduler) {
    AslEngine engine =
        AslEngine.builder()
            .scheduler(scheduler)
            .taskHandler(ARN + "reserve-stock", r -> {
              JsonNode in = r.input();
              String id = warehouse.reserve(in.path("sku").asText(), in.path("qty").asInt());
              return JSON.createObjectNode().put("reservationId", id);
            })
            .taskHandler(ARN + "charge-card", r -> {
              JsonNode in = r.input();
              String id = payments.charge(in.path("card").asText(), in.path("amount").asDouble(), r.attempt());
              return JSON.createObjectNode().put("paymentId", id);
            })
            .taskHandler(ARN + "ship-order", r -> {
              JsonNode in = r.input();
              String parcel = carrier.ship(in.path("orderId").asText(), in.path("country").asText());
              return JSON.createObjectNode().put("parcelId", parcel);
            })
            .taskHandler(ARN + "refund-card", r -> {
              JsonNode in = r.input();
              payments.refund(in.path("payment").path("paymentId").asText(), in.path("amount").asDouble());
              return JSON.createObjectNode().put("refunded", true);
            })
            .taskHandler(ARN + "release-stock", r -> {
              JsonNode in = r.input();
              warehouse.release(in.path("sku").asText(), in.path("qty").asInt());
              return JSON.createObjectNode().put("released", true);
            })
            .build();
    checkout = engine.load(resource("checkout-saga.asl.json"), "checkout-saga.asl.json");
  }

  /** Runs one checkout to its end. */
  public ExecutionResult checkout(
      String orderId, String sku, int qty, double amount, String card, String country) {
    ObjectNode order =
        JSON.createObjectNode()
            .put("orderId", orderId)
            .put("sku", sku)
            .put("qty", qty)
            .put("amount", amount)
            .put("card", card)
            .put("country", country);
    return checkout.run(order);
  }

  /** Stock left for {@code sku}. */
  public int stock(String sku) {
    return warehouse.available(sku);
  }

  private static String resource(String name) {
    try (InputStream in = ShopApp.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs four orders — one of each outcome — and prints how each ended. */
  public static void main(String[] args) {
    try (RealTimeScheduler time = new RealTimeScheduler()) {
      ShopApp shop = new ShopApp(time);
      print("happy", shop.checkout("o-1", "SKU-1", 2, 19.90, "5555-4444", "Ireland"));
      print("declined", shop.checkout("o-2", "SKU-1", 1, 9.95, "4000-0002", "Ireland"));
      print("no route", shop.checkout("o-3", "SKU-1", 1, 9.95, "5555-4444", "Atlantis"));
      print("sold out", shop.checkout("o-4", "SKU-2", 5, 50.00, "5555-4444", "Ireland"));
      System.out.println("SKU-1 left: " + shop.stock("SKU-1") + ", ledger: " + shop.payments.ledger());
    }
  }

  private static void print(String label, ExecutionResult r) {
    System.out.println(label + ": " + r.status()
        + (r.succeeded() ? " " + r.output() : " " + r.error() + " (" + r.cause() + ")"));
  }
}
