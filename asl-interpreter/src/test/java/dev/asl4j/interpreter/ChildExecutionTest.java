package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import org.junit.jupiter.api.Test;

class ChildExecutionTest {
  private final AslEngine engine = AslEngine.builder().scheduler(new VirtualTimeScheduler()).build();
  private final StateMachineDefinition child = engine.load(Json.parse("{'StartAt':'W','States':{"
      + "'W':{'Type':'Wait','Seconds':60,'Next':'C'},'C':{'Type':'Choice','Choices':[{'Variable':"
      + "'$.fail','BooleanEquals':true,'Next':'F'}],'Default':'S'},'S':{'Type':'Pass','Result':"
      + "{'done':true},'End':true},'F':{'Type':'Fail','Error':'ChildError','Cause':'asked to'}}}"),
      LoadOptions.defaults().withName("Child"));

  private StateMachineDefinition parent(String resource) {
    return engine.load(Json.parse("{'StartAt':'Start','States':{'Start':{'Type':'Task','Resource':"
        + "'" + resource + "','Parameters':{'StateMachineArn':'" + child.arn() + "','Name':'kid',"
        + "'Input.$':'$'},'End':true}}}"));
  }

  @Test
  void syncWaitsForTheChildAndDescribesIt() {
    ExecutionResult r = parent("arn:aws:states:::states:startExecution.sync").run(Json.parse("{'fail':false}"));
    assertThat(r.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    JsonNode out = r.output();
    assertThat(out.path("Status").asText()).isEqualTo("SUCCEEDED");
    assertThat(out.path("Output").asText()).isEqualTo("{\"done\":true}");
    assertThat(out.path("ExecutionArn").asText()).endsWith(":execution:Child:kid");
  }

  @Test
  void sync2ReturnsJsonOutput() {
    ExecutionResult r = parent("arn:aws:states:::states:startExecution.sync:2").run(Json.parse("{'fail':false}"));
    assertThat(r.output().path("Output")).isEqualTo(Json.parse("{'done':true}"));
  }

  @Test
  void aFailedChildFailsTheTask() {
    ExecutionResult r = parent("arn:aws:states:::states:startExecution.sync").run(Json.parse("{'fail':true}"));
    assertThat(r.error()).isEqualTo("States.TaskFailed");
    JsonNode cause = Json.parse(r.cause().replace('"', '\''));
    assertThat(cause.path("Error").asText()).isEqualTo("ChildError");
    assertThat(cause.path("Status").asText()).isEqualTo("FAILED");
  }

  @Test
  void requestResponseOnlyStartsTheChild() {
    ExecutionResult r = parent("arn:aws:states:::states:startExecution").run(Json.parse("{'fail':false}"));
    assertThat(r.output().has("ExecutionArn")).isTrue();
    assertThat(r.output().has("Output")).isFalse();
  }
}
