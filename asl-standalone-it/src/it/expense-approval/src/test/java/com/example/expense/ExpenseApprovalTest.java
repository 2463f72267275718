package com.example.expense;

import static dev.asl4j.testing.AslAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asl4j.testing.AslExecution;
import dev.asl4j.testing.AslTest;
import dev.asl4j.testing.AslTestEnvironment;
import dev.asl4j.testing.TaskTokenHandle;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a new user writes first, in a project of their own that depends on asl-testing. */
@AslTest
class ExpenseApprovalTest {
  private static final String FLOW = "expense-approval.asl.json";

  @Test
  void aSmallExpenseIsBookedWithoutApproval(AslTestEnvironment env) {
    env.mock("RecordExpense").returns("{\"id\":\"e-1\"}");
    env.mock("BookLineItem").returns("{\"line\":7}");
    AslExecution ex = env.start(FLOW, "{\"amount\":40}");
    assertThat(ex).succeeded().didNotVisit("RequestApproval").hasOutputAt("$.booking.line", "7");
  }

  @Test
  void aLargeExpenseWaitsForTheManagerAndTimesOutAfterADay(AslTestEnvironment env) {
    env.mock("RecordExpense").returns("{\"id\":\"e-2\"}");
    env.mock("BookLineItem").returns("{\"line\":8}");
    AslExecution approved = env.start(FLOW, "{\"amount\":400}");
    TaskTokenHandle token = approved.awaitTaskToken("RequestApproval");
    token.succeed("{\"approved\":true}");
    assertThat(approved).succeeded().visitedInOrder("RequestApproval", "IsApproved", "BookLineItem");

    AslExecution forgotten = env.start(FLOW, "{\"amount\":500}");
    env.advance(Duration.ofDays(1));
    assertThat(forgotten).failedWith("ExpenseRejected").didNotVisit("BookLineItem");
  }

  @Test
  void aMisspeltMockNamesTheStateItMeant(AslTestEnvironment env) {
    env.mock("RecordExpense").returns("{}");
    env.mock("BookLineIten").returns("{}");
    assertThatThrownBy(() -> env.start(FLOW, "{\"amount\":1}"))
        .hasMessageContaining("did you mean \"BookLineItem\"?");
  }
}
