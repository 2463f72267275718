package dev.asl4j.interpreter.testcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** MockConfigFile invocation keys: bounded, and every bad key named in a clear error. */
class MockRangesTest {
  private static final ObjectMapper M = new ObjectMapper();
  private static final String DEF = "{\"StartAt\":\"Charge\",\"States\":{\"Charge\":{\"Type\":\"Task\","
      + "\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:charge\",\"Retry\":[{"
      + "\"ErrorEquals\":[\"Busy\"],\"MaxAttempts\":3,\"IntervalSeconds\":1}],\"End\":true}}}";

  private static JsonNode config(String responses) throws Exception {
    return M.readTree("{\"StateMachines\":{\"Orders\":{\"TestCases\":{\"T\":{"
        + "\"Charge\":\"R\"}}}},\"MockedResponses\":{\"R\":{" + responses + "}}}");
  }

  private static ExecutionResult run(MockTaskResolver mocks) throws Exception {
    AslEngine engine = AslEngine.builder().scheduler(new VirtualTimeScheduler())
        .taskResolver(mocks).build();
    return engine.load(M.readTree(DEF)).run(M.readTree("{}"));
  }

  @Test
  void aRangeToTheLargestIntegerCostsOneEntry() throws Exception {
    MockTaskResolver mocks = MockTaskResolver.fromMockConfig(config(
        "\"0-2147483647\":{\"Throw\":{\"Error\":\"Busy\"}}"), "Orders", "T");
    ExecutionResult r = run(mocks);
    assertThat(r.error()).isEqualTo("Busy"); // every attempt got the same response
    assertThat(r.history()).filteredOn(e -> e.type().equals("LambdaFunctionFailed")).hasSize(4);
  }

  @Test
  void aHugeRangeFollowedByAnotherKeyIsRefused() {
    assertThatThrownBy(() -> MockTaskResolver.fromMockConfig(config(
        "\"0-10000000\":{\"Throw\":{\"Error\":\"Busy\"}},\"500\":{\"Return\":1}"),
        "Orders", "T"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"0-10000000\"");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "x|is not an invocation number or range",
      "-1|is not an invocation number or range",
      "3-1|ends before it starts",
      "1-|is not an invocation number or range",
      "99999999999|is not an invocation number or range",
      "20000|starts above invocation 10000"})
  void badKeysAreNamed(String key, String problem) {
    assertThatThrownBy(() -> MockTaskResolver.fromMockConfig(config(
        "\"" + key + "\":{\"Return\":1}"), "Orders", "T"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MockedResponses.R")
        .hasMessageContaining("\"" + key + "\"")
        .hasMessageContaining(problem);
  }

  @Test
  void aResponseWithoutReturnOrThrowIsRefused() {
    assertThatThrownBy(() -> MockTaskResolver.fromMockConfig(config("\"0\":{\"Thorw\":{}}"),
        "Orders", "T"))
        .hasMessageContaining("MockedResponses.R.0").hasMessageContaining("\"Return\" or \"Throw\"");
  }

  @Test
  void aCaseMockThrowThatIsNoObjectIsRefused() throws Exception {
    assertThatThrownBy(() -> MockTaskResolver.fromCaseMocks(
        M.readTree("{\"Charge\":[{\"throw\":\"E\"}]}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mocks.Charge[0].throw must be an object");
  }
}
