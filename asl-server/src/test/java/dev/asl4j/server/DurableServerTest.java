package dev.asl4j.server;

import static dev.asl4j.server.Flows.ROLE;
import static dev.asl4j.server.Flows.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.server.spi.JdbcServerStore;
import dev.asl4j.store.jdbc.JdbcExecutionStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With durable stores (SQLite files), a workflow waiting for an approval survives a server
 * restart: the next server on the same files knows the machine and the execution, shows its
 * history, and completes it with the token read before the restart.
 */
class DurableServerTest {
  @TempDir Path dir;

  private SfnServer start(JdbcExecutionStore executions, JdbcServerStore records) throws Exception {
    return SfnServer.start(Flows.approvalHandlers(),
        b -> b.executionStore(executions).store(records));
  }

  @Test
  void anApprovalSurvivesARestart() throws Exception {
    String machine;
    String exec;
    String token;
    try (JdbcExecutionStore executions = JdbcExecutionStore.sqlite(dir.resolve("asl.db"));
         JdbcServerStore records = JdbcServerStore.open("jdbc:sqlite:" + dir.resolve("asl.serve.db"), 1000)) {
      SfnServer s = start(executions, records);
      try {
        machine = s.sfn.createStateMachine(b -> b.name("order-approval").roleArn(ROLE)
            .definition(Flows.sample("order-approval", "order-approval.asl.json"))).stateMachineArn();
        exec = s.sfn.startExecution(b -> b.stateMachineArn(machine).name("o-7")
            .input("{\"order\":{\"orderId\":\"o-7\"}}")).executionArn();
        var scheduled = Flows.awaitEvent(s.sfn, exec, "TaskScheduled");
        token = json(scheduled.taskScheduledEventDetails().parameters())
            .path("Payload").path("taskToken").asText();
      } finally {
        s.close();
      }
    }
    try (JdbcExecutionStore executions = JdbcExecutionStore.sqlite(dir.resolve("asl.db"));
         JdbcServerStore records = JdbcServerStore.open("jdbc:sqlite:" + dir.resolve("asl.serve.db"), 1000)) {
      SfnServer s = start(executions, records);
      try {
        assertThat(s.sfn.describeStateMachine(b -> b.stateMachineArn(machine)).name())
            .isEqualTo("order-approval");
        assertThat(s.sfn.describeExecution(b -> b.executionArn(exec)).statusAsString())
            .isEqualTo("RUNNING");
        assertThat(Flows.types(Flows.history(s.sfn, exec))).contains("TaskScheduled");
        String t = token;
        s.sfn.sendTaskSuccess(b -> b.taskToken(t).output("{\"approved\":true}"));
        var d = Flows.awaitEnd(s.sfn, exec);
        assertThat(d.statusAsString()).isEqualTo("SUCCEEDED");
        assertThat(json(d.output()).path("fulfilled").asBoolean()).isTrue();
        assertThat(Flows.types(Flows.history(s.sfn, exec))).endsWith("ExecutionSucceeded");
        assertThat(s.sfn.listExecutions(b -> b.stateMachineArn(machine)).executions())
            .extracting(e -> e.statusAsString()).containsExactly("SUCCEEDED");
      } finally {
        s.close();
      }
    }
  }
}
