package dev.asl4j.interpreter.testcase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.StateMachineDefinition;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import org.junit.jupiter.api.Test;

class MockTaskResolverTest {
  private static final ObjectMapper M = new ObjectMapper();
  private static final String DEF = "{\"StartAt\":\"Charge\",\"States\":{\"Charge\":{\"Type\":\"Task\","
      + "\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:charge\",\"Retry\":[{"
      + "\"ErrorEquals\":[\"Busy\"],\"MaxAttempts\":2}],\"End\":true}}}";

  private static JsonNode json(String s) throws Exception {
    return M.readTree(s);
  }

  private static ExecutionResult run(MockTaskResolver mocks) throws Exception {
    AslEngine engine = AslEngine.builder().scheduler(new VirtualTimeScheduler()).taskResolver(mocks).build();
    StateMachineDefinition d = engine.load(json(DEF));
    return d.run(json("{}"));
  }

  @Test
  void stepFunctionsLocalMockConfigFile() throws Exception {
    JsonNode config = json("{\"StateMachines\":{\"Orders\":{\"TestCases\":{\"Retry\":{"
        + "\"Charge\":\"BusyThenOk\"}}}},\"MockedResponses\":{\"BusyThenOk\":{"
        + "\"0-1\":{\"Throw\":{\"Error\":\"Busy\",\"Cause\":\"later\"}},"
        + "\"2\":{\"Return\":{\"paid\":true}}}}}");
    MockTaskResolver mocks = MockTaskResolver.fromMockConfig(config, "Orders", "Retry");
    ExecutionResult r = run(mocks);
    assertThat(r.output()).isEqualTo(json("{\"paid\":true}"));
    assertThat(mocks.invocations("Charge")).isEqualTo(3);
  }

  @Test
  void builderResponsesInOrder() throws Exception {
    MockTaskResolver mocks = MockTaskResolver.builder()
        .add("Charge", MockResponse.throwing("Busy", null))
        .add("Charge", MockResponse.throwing("Declined", "card"))
        .build();
    ExecutionResult r = run(mocks);
    assertThat(r.error()).isEqualTo("Declined");
    assertThat(r.cause()).isEqualTo("card");
  }

  @Test
  void recordedParametersPickTheMatchingResponse() throws Exception {
    JsonNode caseMocks = json("{\"Charge\":["
        + "{\"return\":\"for-b\",\"recorded_parameters\":{\"id\":\"b\"}},"
        + "{\"return\":\"for-a\",\"recorded_parameters\":{\"id\":\"<uuid:1>-a\"}}]}");
    AslEngine engine = AslEngine.builder().scheduler(new VirtualTimeScheduler())
        .taskResolver(MockTaskResolver.fromCaseMocks(caseMocks)).build();
    StateMachineDefinition d = engine.load(json(DEF));
    assertThat(d.run(json("{\"id\":\"x-a\"}")).output().asText()).isEqualTo("for-a");
  }

  @Test
  void jsonComparisonFollowsTheReadme() throws Exception {
    assertThat(JsonValues.same(json("{\"a\":1,\"b\":[1,2]}"), json("{\"b\":[1.0,2],\"a\":1.0}"))).isTrue();
    assertThat(JsonValues.same(json("[1,2]"), json("[2,1]"))).isFalse();
    assertThat(JsonValues.sameCause("{\"x\": 1}", "{\"x\":1}")).isTrue();
    assertThat(JsonValues.sameCause("text", "text ")).isFalse();
  }
}
