package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import org.junit.jupiter.api.Test;

/** Intrinsics that build text or arrays from their arguments are held to the payload limit first. */
class IntrinsicLimitsTest {
  private static ExecutionResult run(String call, JsonNode input) {
    AslEngine engine = AslEngine.builder().scheduler(new VirtualTimeScheduler()).build();
    String def = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Parameters\":{"
        + "\"v.$\":\"" + call + "\"},\"End\":true}}}";
    return engine.load(def, "intrinsic.asl.json").run(input);
  }

  /** An input of about 250 KB: a single field, so the engine accepts it. */
  private static JsonNode bigInput() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("s", "x".repeat(250_000));
    return o;
  }

  @Test
  void formatWithTenThousandCopiesOfABigInputIsRefusedBeforeItIsBuilt() {
    StringBuilder call = new StringBuilder("States.Format('");
    call.append("{}".repeat(10_000)).append("'");
    for (int i = 0; i < 10_000; i++) {
      call.append(", $.s");
    }
    ExecutionResult r = run(call.append(")").toString(), bigInput());
    assertThat(r.error()).isEqualTo("States.DataLimitExceeded");
    assertThat(r.cause()).contains("States.Format").contains("262144");
  }

  @Test
  void jsonToStringOfAnArrayOfCopiesIsRefused() {
    ExecutionResult r = run("States.JsonToString(States.Array($, $, $, $))", bigInput());
    assertThat(r.error()).isEqualTo("States.DataLimitExceeded");
    assertThat(r.cause()).contains("States.Array");
  }

  @Test
  void hashOfABigObjectFailsWithTheHashLimit() {
    ExecutionResult r = run("States.Hash($, 'MD5')", bigInput());
    assertThat(r.error()).isEqualTo("States.Runtime");
    assertThat(r.cause()).contains("must not exceed 10000 characters");
  }

  @Test
  void smallResultsAreUnchanged() {
    ObjectNode in = JsonNodeFactory.instance.objectNode().put("s", "a");
    assertThat(run("States.Format('{}-{}', $.s, $.s)", in).output().path("v").asText())
        .isEqualTo("a-a");
    assertThat(run("States.JsonToString(States.Array($.s, 1))", in).output().path("v").asText())
        .isEqualTo("[\"a\",1]");
  }
}
