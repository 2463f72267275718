package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asl4j.interpreter.spi.RealTimeScheduler;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AslEngineTest {
  @Test
  void defaultNamesFollowTheFileName() {
    assertThat(AslEngine.defaultName(Path.of("x", "order-flow.asl.json").toString())).isEqualTo("order-flow");
    assertThat(AslEngine.defaultName("a b.yaml")).isEqualTo("a_b");
    assertThat(AslEngine.defaultName("dir\\flow.json")).isEqualTo("flow");
    assertThat(AslEngine.defaultName(".json")).isEqualTo("_json");
    assertThat(AslEngine.defaultName("x".repeat(100) + ".json")).hasSize(80);
  }

  @Test
  void invalidDefinitionsReportEveryDiagnostic() {
    AslEngine engine = AslEngine.builder().scheduler(new VirtualTimeScheduler()).build();
    assertThatThrownBy(() -> engine.load("{\"StartAt\":\"Nope\",\"States\":{\"A\":{\"Type\":\"Pass\","
        + "\"Next\":\"Missing\"}}}", "bad.asl.json"))
        .isInstanceOf(AslValidationException.class)
        .hasMessageContaining("bad.asl.json:1:")
        .satisfies(e -> assertThat(((AslValidationException) e).result().errors()).hasSizeGreaterThan(1));
  }

  @Test
  void machinesAreNamedAfterTheirFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("order-flow.asl.json");
    Files.writeString(file, "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}");
    AslEngine engine = AslEngine.builder().scheduler(new VirtualTimeScheduler())
        .region("eu-west-1").accountId("111122223333").build();
    StateMachineDefinition d = engine.load(file);
    assertThat(d.name()).isEqualTo("order-flow");
    assertThat(d.arn()).isEqualTo("arn:aws:states:eu-west-1:111122223333:stateMachine:order-flow");
    Execution ex = d.start(null, StartOptions.defaults().withName("e1"));
    assertThat(ex.executionArn())
        .isEqualTo("arn:aws:states:eu-west-1:111122223333:execution:order-flow:e1");
  }

  @Test
  void builderRejectsBadArguments() {
    assertThatThrownBy(() -> AslEngine.builder().historyLimit(0))
        .hasMessageContaining("historyLimit (0)");
    assertThatThrownBy(() -> AslEngine.builder().accountId("12"))
        .hasMessageContaining("accountId (12)");
    assertThatThrownBy(() -> AslEngine.builder().taskHandler(" ", r -> r.input()))
        .hasMessageContaining("resourceArn");
  }

  @Test
  void realTimeWaitsActuallyPass() {
    try (RealTimeScheduler time = new RealTimeScheduler()) {
      AslEngine engine = AslEngine.builder().scheduler(time).build();
      StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'W','States':{'W':{'Type':"
          + "'Wait','Seconds':1,'Next':'P'},'P':{'Type':'Pass','End':true}}}"));
      Execution ex = d.start(Json.parse("{'a':1}"));
      assertThat(ex.status()).isEqualTo(ExecutionStatus.RUNNING);
      ExecutionResult r = ex.awaitResult(Duration.ofSeconds(10));
      assertThat(r.output()).isEqualTo(Json.parse("{'a':1}"));
      assertThat(Duration.between(r.history().get(0).timestamp(),
          r.history().get(r.history().size() - 1).timestamp())).isGreaterThanOrEqualTo(Duration.ofMillis(990));
    }
  }

  @Test
  void expressMachinesHaveExpressArns() {
    AslEngine engine = AslEngine.builder().scheduler(new VirtualTimeScheduler()).build();
    StateMachineDefinition d = engine.load("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\","
        + "\"End\":true}}}", "x.asl.json",
        LoadOptions.defaults().withName("Fast").withType(dev.asl4j.parser.model.StateMachineType.EXPRESS));
    assertThat(d.start(null, StartOptions.defaults().withName("n")).executionArn())
        .contains(":express:Fast:n");
  }
}
