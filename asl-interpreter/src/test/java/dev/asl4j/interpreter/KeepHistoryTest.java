package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** keepHistory(false): nothing kept in memory, everything else unchanged. */
class KeepHistoryTest {
  private static final String LOOP =
      "{\"StartAt\":\"Count\",\"States\":{"
          + "\"Count\":{\"Type\":\"Pass\",\"Parameters\":{\"n.$\":\"States.MathAdd($.n, 1)\"},\"Next\":\"Done?\"},"
          + "\"Done?\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericGreaterThanEquals\":%d,"
          + "\"Next\":\"End\"}],\"Default\":\"Count\"},"
          + "\"End\":{\"Type\":\"Succeed\"}}}";

  private static AslEngine.Builder engine(List<HistoryEvent> seen) {
    return AslEngine.builder().scheduler(new VirtualTimeScheduler()).keepHistory(false)
        .listener(new ExecutionListener() {
          @Override
          public void onEvent(Execution execution, HistoryEvent event) {
            seen.add(event);
          }
        });
  }

  @Test
  void resultsAreTheSameButNoHistoryIsKept() {
    List<HistoryEvent> seen = new ArrayList<>();
    ExecutionResult r = engine(seen).build().load(LOOP.formatted(5), "loop.asl.json")
        .run(JsonNodeFactory.instance.objectNode().put("n", 0));
    ExecutionResult kept = AslEngine.builder().scheduler(new VirtualTimeScheduler()).build()
        .load(LOOP.formatted(5), "loop.asl.json").run(JsonNodeFactory.instance.objectNode().put("n", 0));

    assertThat(r.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.output()).isEqualTo(kept.output());
    assertThat(r.history()).isEmpty();
    // Listeners still see every event, with the ids and links a kept history would have.
    assertThat(seen).hasSameSizeAs(kept.history());
    for (int i = 0; i < seen.size(); i++) {
      assertThat(seen.get(i).id()).isEqualTo(kept.history().get(i).id());
      assertThat(seen.get(i).previousEventId()).isEqualTo(kept.history().get(i).previousEventId());
      assertThat(seen.get(i).type()).isEqualTo(kept.history().get(i).type());
    }
  }

  @Test
  void theStandardHistoryLimitStillCounts() {
    ExecutionResult r = engine(new ArrayList<>()).historyLimit(50).build()
        .load(LOOP.formatted(1000), "loop.asl.json")
        .run(JsonNodeFactory.instance.objectNode().put("n", 0));
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.cause()).contains("maximum number of history events");
  }

  @Test
  void aParkedExecutionCompletesThroughItsToken() {
    String arn = "arn:aws:states:::lambda:invoke.waitForTaskToken";
    String[] token = new String[1];
    AslEngine e = engine(new ArrayList<>()).taskHandler(arn, req -> {
      token[0] = req.taskToken().orElseThrow();
      return JsonNodeFactory.instance.objectNode();
    }).build();
    Execution ex = e.load("{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\""
        + arn + "\",\"Parameters\":{\"FunctionName\":\"f\"},\"End\":true}}}", "t.asl.json")
        .start(JsonNodeFactory.instance.objectNode());
    e.sendTaskSuccess(token[0], JsonNodeFactory.instance.objectNode().put("ok", true));
    ExecutionResult r = ex.awaitResult(java.time.Duration.ofSeconds(10));
    assertThat(r.output().path("ok").asBoolean()).isTrue();
    assertThat(ex.history()).isEmpty();
  }
}
