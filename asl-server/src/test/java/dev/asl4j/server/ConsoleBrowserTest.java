package dev.asl4j.server;

import static dev.asl4j.server.Flows.ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web console in a real browser (Debian's headless Chromium over the DevTools protocol): list
 * → open an execution → the graph shows the path → complete the pending token from the page →
 * the status turns SUCCEEDED; a rejection from the page marks the failed state. Skipped, with the
 * reason, where Chromium is neither installed nor installable.
 */
class ConsoleBrowserTest {
  private SfnServer s;
  private String machine;

  @BeforeEach
  void start() throws Exception {
    String why = Chromium.unavailable();
    assumeTrue(why == null, "browser test skipped: " + why);
    s = SfnServer.start(Flows.approvalHandlers());
    machine = s.sfn.createStateMachine(b -> b.name("order-approval")
        .definition(Flows.sample("order-approval", "order-approval.asl.json")).roleArn(ROLE))
        .stateMachineArn();
  }

  @AfterEach
  void stop() {
    if (s != null) {
      s.close();
    }
  }

  private String startOrder(String name) {
    return s.sfn.startExecution(b -> b.stateMachineArn(machine).name(name)
        .input("{\"order\":{\"orderId\":\"" + name + "\"}}")).executionArn();
  }

  @Test
  void approveAPendingTokenFromThePage() throws Exception {
    String exec = startOrder("o-approve");
    Flows.awaitEvent(s.sfn, exec, "TaskScheduled");
    try (Chromium page = Chromium.open(s.server.endpoint())) {
      page.await("the state machine list", "document.querySelector('#machines a')");
      assertThat(page.eval("document.querySelector('#machines a').textContent").asText())
          .isEqualTo("order-approval");
      page.eval("document.querySelector('#machines a').click()");
      page.await("the execution list", "document.querySelector('#executions tbody tr a')");
      assertThat(page.eval("document.querySelector('#executions tbody tr .status').textContent")
          .asText()).isEqualTo("RUNNING");
      page.eval("document.querySelector('#executions tbody tr a').click()");
      page.await("the path so far", "document.querySelector("
          + "'#graph g.node.visited[data-state=\"RequestApproval\"]')");
      assertThat(page.eval("document.querySelector('#status').textContent").asText())
          .isEqualTo("RUNNING");
      page.await("the pending token", "document.querySelector('#pending .token .succeed')");
      page.eval("document.querySelector('#pending .token .output').value = '{\"approved\":true}';"
          + "document.querySelector('#pending .token .succeed').click()");
      page.await("SUCCEEDED", "document.querySelector('#status').textContent === 'SUCCEEDED'");
      page.await("the whole path", "document.querySelector("
          + "'#graph g.node.visited[data-state=\"FulfillOrder\"]')");
      assertThat(page.eval("document.querySelectorAll('#graph g.edge.taken').length").asInt())
          .isGreaterThanOrEqualTo(2);
      assertThat(page.eval("document.querySelector('#history').innerText").asText())
          .contains("ExecutionSucceeded").contains("\"fulfilled\": true");
    }
    assertThat(s.sfn.describeExecution(b -> b.executionArn(exec)).statusAsString())
        .isEqualTo("SUCCEEDED");
  }

  @Test
  void rejectFromThePageMarksTheFailedState() throws Exception {
    String exec = startOrder("o-reject");
    Flows.awaitEvent(s.sfn, exec, "TaskScheduled");
    java.net.URI url = java.net.URI.create(s.server.endpoint() + "#/execution/"
        + java.net.URLEncoder.encode(exec, java.nio.charset.StandardCharsets.UTF_8));
    try (Chromium page = Chromium.open(url)) {
      page.await("the pending token", "document.querySelector('#pending .token .fail')");
      page.eval("document.querySelector('#pending .token .error').value = 'Rejected';"
          + "document.querySelector('#pending .token .fail').click()");
      page.await("FAILED", "document.querySelector('#status').textContent === 'FAILED'");
      page.await("the failed state", "document.querySelector("
          + "'#graph g.node.failed[data-state=\"OrderRejected\"]')");
      assertThat(page.eval("document.querySelector('#execution-error').textContent").asText())
          .startsWith("OrderRejected");
      // the list's status filter shows it under FAILED only
      page.eval("location.hash = '#/machine/' + encodeURIComponent('" + machine + "')");
      page.await("the execution list", "document.querySelector('#executions tbody tr')");
      page.eval("const f = document.querySelector('#status-filter'); f.value = 'SUCCEEDED';"
          + "f.dispatchEvent(new Event('change'))");
      page.await("an empty SUCCEEDED list",
          "document.querySelectorAll('#executions tbody tr').length === 0");
      page.eval("const g = document.querySelector('#status-filter'); g.value = 'FAILED';"
          + "g.dispatchEvent(new Event('change'))");
      page.await("the FAILED execution", "document.querySelectorAll('#executions tbody tr').length === 1"
          + " && document.querySelector('#executions tbody tr').dataset.arn === '" + exec + "'");
    }
  }
}
