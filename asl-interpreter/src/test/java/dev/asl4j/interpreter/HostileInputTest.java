package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import org.junit.jupiter.api.Test;

/** Bad input ends in an ASL error, never in an exception escaping to the host. */
class HostileInputTest {
  private final AslEngine engine = AslEngine.builder().scheduler(new VirtualTimeScheduler())
      .maxPayloadBytes(Integer.MAX_VALUE).build();

  private static JsonNode deep(int depth) {
    ArrayNode root = JsonNodeFactory.instance.arrayNode();
    ArrayNode cur = root;
    for (int i = 0; i < depth; i++) {
      cur = cur.addArray();
    }
    return JsonNodeFactory.instance.objectNode().set("a", root);
  }

  @Test
  void deeplyNestedInputFailsTheExecutionNotTheHost() {
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'P','States':{'P':{'Type':'Pass',"
        + "'Parameters':{'x.$':'States.JsonToString($.a)'},'End':true}}}"));
    ExecutionResult r = d.run(deep(200_000));
    assertThat(r.status()).isIn(ExecutionStatus.FAILED, ExecutionStatus.SUCCEEDED);
    assertThat(r.history()).isNotEmpty().allSatisfy(e -> assertThat(e.toJson()).isNotNull());
    if (r.status() == ExecutionStatus.FAILED) {
      assertThat(r.error()).isIn("States.Runtime", "States.DataLimitExceeded", "States.IntrinsicFailure");
    }
  }

  @Test
  void withTheQuotaOnDeepInputIsRefusedAtStart() {
    AslEngine strict = AslEngine.builder().scheduler(new VirtualTimeScheduler()).build();
    StateMachineDefinition d = strict.load(Json.parse(
        "{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.run(deep(50_000)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stateMachineKeepsWorkingAfterAHostileExecution() {
    StateMachineDefinition d = engine.load(Json.parse(
        "{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}"));
    d.run(deep(200_000));
    assertThat(d.run(Json.parse("{'ok':1}")).output()).isEqualTo(Json.parse("{'ok':1}"));
  }
}
