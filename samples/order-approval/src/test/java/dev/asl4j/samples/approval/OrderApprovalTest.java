package dev.asl4j.samples.approval;

import static dev.asl4j.testing.AslAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.TaskTokenException;
import dev.asl4j.testing.AslExecution;
import dev.asl4j.testing.AslTest;
import dev.asl4j.testing.AslTestEnvironment;
import dev.asl4j.testing.TaskTokenHandle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * order-approval.asl.json: a manager approves or rejects through a task token (callback), with a
 * three-day timeout that escalates by SNS. RequestApproval is left unmocked, so the execution
 * parks on its token and the test plays the manager; all waiting happens in virtual time.
 */
@AslTest
class OrderApprovalTest {
  private static final String APPROVAL = "order-approval.asl.json";
  private static final String ORDER = "{\"order\":{\"orderId\":\"o-1\",\"amount\":900}}";
  private static final String SNS = "arn:aws:states:::sns:publish";

  @Test
  void approvedOrderIsFulfilled(AslTestEnvironment env) {
    env.mock("FulfillOrder").returns("{\"fulfilled\":true}");

    AslExecution ex = env.start(APPROVAL, ORDER);
    assertThat(ex.status()).isEqualTo(ExecutionStatus.RUNNING);
    TaskTokenHandle approval = ex.awaitTaskToken("RequestApproval");
    // what the request-approval Lambda would receive: the token and the order
    assertThat(approval.input().at("/Payload/taskToken").asText()).isEqualTo(approval.token());
    assertThat(approval.input().at("/Payload/order/orderId").asText()).isEqualTo("o-1");
    assertThat(approval.input().at("/FunctionName").asText()).endsWith(":function:request-approval");

    approval.succeed("{\"approved\":true,\"by\":\"manager@example.com\"}");

    assertThat(ex).succeeded()
        .visitedInOrder("RequestApproval", "IsApproved", "FulfillOrder")
        .didNotVisit("OrderRejected", "EscalateToDirector")
        .hasStateInput("FulfillOrder", "{\"order\":{\"orderId\":\"o-1\",\"amount\":900},"
            + "\"approval\":{\"approved\":true,\"by\":\"manager@example.com\"}}")
        .hasOutput("{\"fulfilled\":true}");
  }

  @Test
  void approvedFalseGoesToTheChoiceDefault(AslTestEnvironment env) {
    AslExecution ex = env.start(APPROVAL, ORDER);

    ex.awaitTaskToken("RequestApproval").succeed("{\"approved\":false}");

    assertThat(ex).failedWith("OrderRejected")
        .visitedInOrder("RequestApproval", "IsApproved", "OrderRejected")
        .didNotVisit("FulfillOrder");
  }

  @Test
  void rejectedByTheManager(AslTestEnvironment env) {
    AslExecution ex = env.start(APPROVAL, ORDER);

    ex.awaitTaskToken("RequestApproval").fail("Rejected", "budget exceeded");

    assertThat(ex)
        .failedWith("OrderRejected", "The order was rejected or not approved in time")
        .visitedInOrder("RequestApproval", "OrderRejected")
        .didNotVisit("IsApproved")
        // the Catch has ResultPath $.rejection: the order is kept, the error is added
        .hasStateInput("OrderRejected", "{\"order\":{\"orderId\":\"o-1\",\"amount\":900},"
            + "\"rejection\":{\"Error\":\"Rejected\",\"Cause\":\"budget exceeded\"}}");
  }

  @Test
  void anyOtherCallbackErrorIsNotCaught(AslTestEnvironment env) {
    AslExecution ex = env.start(APPROVAL, ORDER);

    ex.awaitTaskToken("RequestApproval").fail("ManagerUnknown", "no manager for cost centre 7");

    assertThat(ex).failedWith("ManagerUnknown", "no manager for cost centre 7")
        .didNotVisit("OrderRejected");
  }

  @Test
  void timesOutAfterThreeDaysAndEscalates(AslTestEnvironment env) {
    List<JsonNode> published = new ArrayList<>();
    env.mockResource(SNS).answers(in -> {
      published.add(in);
      return JsonNodeFactory.instance.objectNode().put("MessageId", "m-1");
    });
    Instant start = env.now();
    AslExecution ex = env.start(APPROVAL, ORDER);

    env.advance(Duration.ofDays(3).minusSeconds(1));
    assertThat(ex.parkedStates()).containsExactly("RequestApproval");   // one second to go
    env.advance(Duration.ofSeconds(1));

    assertThat(Duration.between(start, env.now())).isEqualTo(Duration.ofDays(3));
    assertThat(ex).failedWith("OrderRejected")
        .visitedInOrder("RequestApproval", "EscalateToDirector", "OrderRejected")
        .hasHistoryEventTypes("TaskSubmitted", "TaskTimedOut", "TaskStateEntered", "FailStateEntered");
    assertThat(published).hasSize(1);
    assertThat(published.get(0).get("Message").asText())
        .isEqualTo("Order o-1 waited 3 days for approval");
    assertThat(published.get(0).get("TopicArn").asText()).endsWith(":approval-escalations");
    // ResultPath null on the SNS task: OrderRejected sees the order and the timeout, no MessageId
    JsonNode rejectedInput = ex.stateInput("OrderRejected");
    assertThat(rejectedInput.at("/timeout/Error").asText()).isEqualTo("States.Timeout");
    assertThat(rejectedInput.at("/order/orderId").asText()).isEqualTo("o-1");
    assertThat(rejectedInput.has("MessageId")).isFalse();
  }

  @Test
  void awaitCompletionLetsTheThreeDaysPassToo(AslTestEnvironment env) {
    env.mockResource(SNS).returns("{\"MessageId\":\"m-1\"}");
    Instant start = env.now();
    AslExecution ex = env.start(APPROVAL, ORDER);

    ex.awaitCompletion();

    assertThat(Duration.between(start, env.now())).isEqualTo(Duration.ofDays(3));
    assertThat(ex).failedWith("OrderRejected").visited("EscalateToDirector");
    assertThat(env.mockResource(SNS).invocations()).isEqualTo(1);
  }

  @Test
  void anApprovalJustBeforeTheDeadlineStillCounts(AslTestEnvironment env) {
    env.mock("FulfillOrder").returns("{\"fulfilled\":true}");
    AslExecution ex = env.start(APPROVAL, ORDER);

    env.advance(Duration.ofDays(2).plusHours(23));
    ex.awaitTaskToken("RequestApproval").succeed("{\"approved\":true}");

    assertThat(ex).succeeded().didNotVisit("EscalateToDirector");
  }

  @Test
  void aLateCallbackOrHeartbeatAfterTheTimeoutIsRefused(AslTestEnvironment env) {
    env.mockResource(SNS).returns("{\"MessageId\":\"m-1\"}");
    AslExecution ex = env.start(APPROVAL, ORDER);
    TaskTokenHandle approval = ex.awaitTaskToken("RequestApproval");
    approval.heartbeat();                       // accepted while the task waits
    assertThat(ex.status()).isEqualTo(ExecutionStatus.RUNNING);

    env.advance(Duration.ofDays(3));

    assertThatThrownBy(() -> approval.succeed("{\"approved\":true}"))
        .isInstanceOf(TaskTokenException.class)
        .hasMessageContaining(TaskTokenException.TASK_TIMED_OUT);
    assertThatThrownBy(approval::heartbeat)
        .isInstanceOf(TaskTokenException.class)
        .hasMessageContaining(TaskTokenException.TASK_TIMED_OUT);
    assertThat(ex).failedWith("OrderRejected").didNotVisit("FulfillOrder");
  }

  @Test
  void fulfilmentIsRetriedWithBackoff(AslTestEnvironment env) {
    // States.TaskFailed in a Retrier matches any task error except States.Timeout
    env.mock("FulfillOrder")
        .throwsError("Lambda.ServiceException", "503")
        .then().throwsError("WarehouseBusy", "try later")
        .then().returns("{\"fulfilled\":true}");
    AslExecution ex = env.start(APPROVAL, ORDER);
    Instant approvedAt = env.now();

    ex.awaitTaskToken("RequestApproval").succeed("{\"approved\":true}");

    assertThat(ex).succeeded().hasAttempts("FulfillOrder", 3).hasOutput("{\"fulfilled\":true}");
    assertThat(Duration.between(approvedAt, env.now())).isEqualTo(Duration.ofSeconds(2 + 4));
  }

  @Test
  void fulfilmentFailsWhenRetriesAreExhausted(AslTestEnvironment env) {
    env.mock("FulfillOrder").throwsError("WarehouseBusy", "try later");
    AslExecution ex = env.start(APPROVAL, ORDER);

    ex.awaitTaskToken("RequestApproval").succeed("{\"approved\":true}");

    assertThat(ex).failedWith("WarehouseBusy", "try later").hasAttempts("FulfillOrder", 4);
  }

  @Test
  void aMockedCallbackTaskAnswersAtOnce(AslTestEnvironment env) {
    // Mocking the .waitForTaskToken state completes its token immediately (as Step Functions
    // Local does): handy when the approval itself is not what the test is about.
    env.mock("RequestApproval").returns("{\"approved\":true}");
    env.mock("FulfillOrder").returns("{\"fulfilled\":true}");

    AslExecution ex = env.start(APPROVAL, ORDER);

    assertThat(ex).succeeded().visited("FulfillOrder");
    assertThat(ex.parkedStates()).isEmpty();
  }
}
