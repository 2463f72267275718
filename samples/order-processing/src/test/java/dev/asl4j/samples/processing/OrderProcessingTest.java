package dev.asl4j.samples.processing;

import static dev.asl4j.testing.AslAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asl4j.testing.AslExecution;
import dev.asl4j.testing.AslTest;
import dev.asl4j.testing.AslTestEnvironment;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * order-processing.asl.json: ValidateOrder → ProcessPayment (retried) → CheckInventory (Choice,
 * with a Wait loop) → FulfillOrder. Every task is mocked; time is virtual.
 */
@AslTest
class OrderProcessingTest {
  private static final String DEFINITION = "order-processing.asl.json";
  private static final String ORDER = "{\"orderId\":\"o-1\",\"amount\":42.5}";
  /** The same file the README's {@code asl run} command uses. */
  private static final Path MOCK_CONFIG =
      Path.of(System.getProperty("basedir", "."), "MockConfigFile.json");

  private static void validOrder(AslTestEnvironment env) {
    env.mock("ValidateOrder").returns("{\"orderId\":\"o-1\",\"amount\":42.5,\"valid\":true}");
  }

  private static final String PAID_IN_STOCK =
      "{\"orderId\":\"o-1\",\"paymentId\":\"p-1\",\"inventory\":{\"available\":true}}";

  @Test
  void happyPathFromTheMockConfigFile(AslTestEnvironment env) {
    env.importMockConfig(MOCK_CONFIG, "HappyPath");

    AslExecution ex = env.start(DEFINITION, ORDER);

    assertThat(ex).succeeded()
        .visitedInOrder("ValidateOrder", "ProcessPayment", "CheckInventory", "FulfillOrder",
            "OrderComplete")
        .didNotVisit("WaitForInventory", "OrderFailed")
        .hasOutput("{\"orderId\":\"o-1\",\"shipped\":true,\"trackingId\":\"t-1\"}");
    // No ResultPath anywhere: each task's result becomes the next state's input.
    assertThat(ex).hasStateInput("CheckInventory", PAID_IN_STOCK);
  }

  @Test
  void happyPathWithInCodeMocks(AslTestEnvironment env) {
    validOrder(env);
    env.mock("ProcessPayment").answers(in -> json(
        "{\"charged\":" + in.get("amount").asDouble() + ",\"inventory\":{\"available\":true}}"));
    env.mock("FulfillOrder").returns("{\"shipped\":true}");

    AslExecution ex = env.start(DEFINITION, ORDER);

    assertThat(ex).succeeded().hasOutput("{\"shipped\":true}")
        .hasStateOutput("ProcessPayment", "{\"charged\":42.5,\"inventory\":{\"available\":true}}")
        .hasAttempts("ProcessPayment", 1);
  }

  @Test
  void validationErrorEndsInOrderFailed(AslTestEnvironment env) {
    env.importMockConfig(MOCK_CONFIG, "InvalidOrder");

    AslExecution ex = env.start(DEFINITION, "{\"orderId\":\"o-1\",\"amount\":-1}");

    assertThat(ex)
        .failedWith("OrderProcessingFailed", "Order validation or processing failed")
        .visitedInOrder("ValidateOrder", "OrderFailed")
        .didNotVisit("ProcessPayment")
        // the Catch has no ResultPath: OrderFailed gets the error object instead of the order
        .hasStateInput("OrderFailed",
            "{\"Error\":\"ValidationError\",\"Cause\":\"amount must be positive\"}");
  }

  @Test
  void paymentIsRetriedWithExponentialBackoffInVirtualTime(AslTestEnvironment env) {
    env.importMockConfig(MOCK_CONFIG, "PaymentRetried");
    Instant start = env.now();

    AslExecution ex = env.start(DEFINITION, ORDER);

    assertThat(ex).succeeded().hasAttempts("ProcessPayment", 3).visited("FulfillOrder");
    // IntervalSeconds 2, BackoffRate 2: waits of 2 s then 4 s before the 2nd and 3rd attempts.
    assertThat(Duration.between(start, env.now())).isEqualTo(Duration.ofSeconds(2 + 4));
    assertThat(ex).hasHistoryEventTypes(
        "TaskFailed", "TaskScheduled", "TaskFailed", "TaskScheduled", "TaskSucceeded");
  }

  @Test
  void paymentFailsWhenRetriesAreExhausted(AslTestEnvironment env) {
    validOrder(env);
    env.mock("ProcessPayment").throwsError("PaymentRetryableError", "gateway down");
    Instant start = env.now();

    AslExecution ex = env.start(DEFINITION, ORDER);

    // MaxAttempts 3 = three retries after the first attempt; no Catch, so the execution fails.
    assertThat(ex).failedWith("PaymentRetryableError", "gateway down")
        .hasAttempts("ProcessPayment", 4)
        .didNotVisit("CheckInventory", "OrderFailed");
    assertThat(env.mock("ProcessPayment").invocations()).isEqualTo(4);
    assertThat(Duration.between(start, env.now())).isEqualTo(Duration.ofSeconds(2 + 4 + 8));
  }

  @Test
  void aNonRetryablePaymentErrorFailsAtOnce(AslTestEnvironment env) {
    validOrder(env);
    env.mock("ProcessPayment").throwsError("PaymentDeclined", "card expired");

    AslExecution ex = env.start(DEFINITION, ORDER);

    assertThat(ex).failedWith("PaymentDeclined", "card expired").hasAttempts("ProcessPayment", 1);
  }

  @Test
  void anUnexpectedValidateErrorIsNotCaught(AslTestEnvironment env) {
    env.mock("ValidateOrder").throwsError("Lambda.ServiceException", "throttled");

    AslExecution ex = env.start(DEFINITION, ORDER);

    // Only ValidationError is caught, so this error ends the execution, not OrderFailed.
    assertThat(ex).failedWith("Lambda.ServiceException", "throttled").didNotVisit("OrderFailed");
  }

  @Test
  void anUnhandledFulfillmentErrorFailsTheExecution(AslTestEnvironment env) {
    validOrder(env);
    env.mock("ProcessPayment").returns(PAID_IN_STOCK);
    env.mock("FulfillOrder").throwsError("WarehouseClosed", "closed on Sundays");

    AslExecution ex = env.start(DEFINITION, ORDER);

    assertThat(ex).failedWith("WarehouseClosed", "closed on Sundays")
        .visitedInOrder("ProcessPayment", "CheckInventory", "FulfillOrder")
        .didNotVisit("OrderComplete");
  }

  @Test
  void anUnmockedTaskFailsNamingTheState(AslTestEnvironment env) {
    validOrder(env);
    env.mock("ProcessPayment").returns(PAID_IN_STOCK);

    AslExecution ex = env.start(DEFINITION, ORDER);

    assertThat(ex).failedWith("States.Runtime");
    assertThat(ex.cause()).contains("no mock for state \"FulfillOrder\"");
  }

  /**
   * The finding: CheckInventory reads {@code $.inventory.available} from ProcessPayment's
   * output, and WaitForInventory loops back to the Choice, not to any task. Nothing re-checks the
   * inventory, so once it is unavailable the execution waits 300 s per loop until it runs into
   * the STANDARD history limit of 25,000 events (about three weeks of virtual time).
   */
  @Test
  void unavailableInventoryLoopsUntilTheHistoryLimit(AslTestEnvironment env) {
    validOrder(env);
    // Even a mock that "becomes available" on a later call cannot help: nothing calls it again.
    env.mock("ProcessPayment")
        .returns("{\"orderId\":\"o-1\",\"inventory\":{\"available\":false}}")
        .then().returns(PAID_IN_STOCK);
    Instant start = env.now();

    AslExecution ex = env.start(DEFINITION, ORDER);

    assertThat(ex).failedWith("States.Runtime")
        .didNotVisit("FulfillOrder", "OrderComplete");
    assertThat(ex.cause()).contains("maximum number of history events (25000)");
    assertThat(ex.history().size()).isBetween(25_000, 25_001);
    assertThat(ex).hasHistoryEventTypes("WaitStateEntered", "WaitStateAborted", "ExecutionFailed");
    assertThat(env.mock("ProcessPayment").invocations()).isEqualTo(1);

    int loops = Collections.frequency(ex.visitedStates(), "WaitForInventory");
    assertThat(loops).isGreaterThan(6_000);
    assertThat(Collections.frequency(ex.visitedStates(), "CheckInventory")).isBetween(loops, loops + 1);
    // every loop waited its 300 s (the last Wait may have been cut short by the limit)
    Duration waited = Duration.between(start, env.now());
    assertThat(waited).isBetween(Duration.ofSeconds(300L * (loops - 1)),
        Duration.ofSeconds(300L * loops));
    assertThat(waited).isGreaterThan(Duration.ofDays(20));
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
