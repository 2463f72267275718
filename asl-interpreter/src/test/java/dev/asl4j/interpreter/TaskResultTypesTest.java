package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Handlers may return Jackson nodes that are not plain JSON; the engine never chokes on them. */
class TaskResultTypesTest {
  private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:work";
  private static final String TOKEN_FN = "arn:aws:states:::lambda:invoke.waitForTaskToken";

  /** A value Jackson writes as an object. */
  public record Money(String currency, int cents) {}

  /** A value Jackson cannot write: its only property throws. */
  public static final class Broken {
    public String getValue() {
      throw new IllegalStateException("no value today");
    }
  }

  private static ExecutionResult run(TaskHandler handler) {
    AslEngine engine = AslEngine.builder().scheduler(new VirtualTimeScheduler())
        .taskHandler(FN, handler).build();
    return engine.load("{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\""
        + FN + "\",\"End\":true}}}", "t.asl.json").run(JsonNodeFactory.instance.objectNode());
  }

  private static void historyIsWritable(ExecutionResult r) {
    for (HistoryEvent e : r.history()) {
      assertThat(e.toJson().toString()).isNotEmpty();
    }
  }

  @Test
  void aPojoResultBecomesItsJson() {
    ExecutionResult r = run(req -> new POJONode(new Money("EUR", 500)));
    assertThat(r.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.output().toString()).isEqualTo("{\"currency\":\"EUR\",\"cents\":500}");
    historyIsWritable(r);
  }

  @Test
  void aNestedPojoIsConvertedToo() {
    ExecutionResult r = run(req -> {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.set("price", new POJONode(new Money("USD", 1)));
      o.put("ok", true);
      return o;
    });
    assertThat(r.output().at("/price/currency").asText()).isEqualTo("USD");
    assertThat(r.output().path("ok").asBoolean()).isTrue();
  }

  @Test
  void anUnwritablePojoFailsTheTaskInsteadOfTheHost() {
    ExecutionResult r = run(req -> new POJONode(new Broken()));
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.error()).isEqualTo("States.TaskFailed");
    assertThat(r.cause()).startsWith("the task result is not JSON").contains("no value today");
    historyIsWritable(r);
  }

  @Test
  void binaryIsWrittenAsBase64Text() {
    ExecutionResult r = run(req -> BinaryNode.valueOf("hi".getBytes(StandardCharsets.UTF_8)));
    assertThat(r.output().isTextual()).isTrue();
    assertThat(r.output().asText()).isEqualTo("aGk=");
  }

  @Test
  void aPojoSentThroughTheTokenIsConvertedAsWell() {
    VirtualTimeScheduler time = new VirtualTimeScheduler();
    String[] token = new String[1];
    AslEngine engine = AslEngine.builder().scheduler(time).taskHandler(TOKEN_FN, req -> {
      token[0] = req.taskToken().orElseThrow();
      return JsonNodeFactory.instance.objectNode();
    }).build();
    Execution ex = engine.load("{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\","
        + "\"Resource\":\"" + TOKEN_FN + "\",\"Parameters\":{\"FunctionName\":\"f\"},"
        + "\"End\":true}}}", "t.asl.json").start(JsonNodeFactory.instance.objectNode());
    assertThat(token[0]).isNotNull();
    engine.sendTaskSuccess(token[0], new POJONode(new Money("GBP", 7)));
    ExecutionResult r = ex.awaitResult(java.time.Duration.ofSeconds(10));
    JsonNode out = r.output();
    assertThat(out.toString()).isEqualTo("{\"currency\":\"GBP\",\"cents\":7}");
    historyIsWritable(r);
  }
}
