package dev.asl4j.interpreter.testcase;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the two mock formats into responses per state name. */
final class MockFormats {
  private MockFormats() {}

  /**
   * The conformance format: {@code {"State": [{"return": v} | {"throw": {"error", "cause"}},
   * "timeout": true?, "recorded_parameters": {...}}]}}.
   */
  static Map<String, List<MockResponse>> caseMocks(JsonNode mocks) {
    Map<String, List<MockResponse>> out = new LinkedHashMap<>();
    if (mocks == null || !mocks.isObject()) {
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = mocks.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      List<MockResponse> list = new ArrayList<>();
      for (JsonNode r : e.getValue()) {
        JsonNode rec = r.get("recorded_parameters");
        if (r.path("timeout").asBoolean(false)) {
          list.add(new MockResponse(MockResponse.Kind.TIMEOUT, null, "States.Timeout", null, rec));
        } else if (r.has("throw")) {
          JsonNode t = r.get("throw");
          if (!t.isObject()) { // {} is valid: a failure with no error name, as AWS can report
            throw new IllegalArgumentException("mocks." + e.getKey() + "[" + list.size()
                + "].throw must be an object such as {\"error\": \"E\", \"cause\": \"why\"}, not "
                + t);
          }
          list.add(new MockResponse(MockResponse.Kind.THROW, null, text(t.get("error")),
              text(t.get("cause")), rec));
        } else {
          list.add(new MockResponse(MockResponse.Kind.RETURN, r.get("return"), null, null, rec));
        }
      }
      out.put(e.getKey(), List.copyOf(list));
    }
    return out;
  }

  /**
   * Step Functions Local's MockConfigFile: {@code StateMachines.<sm>.TestCases.<case>.<state> =
   * <response name>}, {@code MockedResponses.<name> = {"0": {"Return": v}, "1-2": {"Throw":
   * {"Error", "Cause"}}}} (keys are invocation numbers or ranges).
   */
  static Map<String, List<MockResponse>> mockConfig(
      JsonNode config, String stateMachine, String testCase) {
    Map<String, List<MockResponse>> out = new LinkedHashMap<>();
    JsonNode states = config.path("StateMachines").path(stateMachine).path("TestCases").path(testCase);
    if (!states.isObject()) {
      throw new IllegalArgumentException(
          "MockConfigFile has no test case '" + testCase + "' for state machine '" + stateMachine + "'");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String responseName = e.getValue().asText();
      JsonNode response = config.path("MockedResponses").path(responseName);
      if (!response.isObject()) {
        throw new IllegalArgumentException("MockConfigFile has no MockedResponses." + responseName);
      }
      TreeMap<Integer, MockResponse> byIndex = new TreeMap<>();
      List<MockRanges.Range> ranges = MockRanges.parse(response, "MockedResponses." + responseName);
      for (MockRanges.Range range : ranges) {
        MockResponse m = localResponse(range.response(), "MockedResponses." + responseName
            + "." + range.key());
        for (int i = range.from(); i <= range.to(); i++) {
          byIndex.put(i, m);
        }
      }
      out.put(e.getKey(), List.copyOf(byIndex.values()));
    }
    return out;
  }

  private static MockResponse localResponse(JsonNode r, String where) {
    if (!r.isObject() || !(r.has("Throw") || r.has("Return"))) {
      throw new IllegalArgumentException("MockConfigFile " + where
          + " must be an object with \"Return\" or \"Throw\", not " + r);
    }
    if (r.has("Throw")) {
      JsonNode t = r.get("Throw");
      if (!t.isObject()) {
        throw new IllegalArgumentException("MockConfigFile " + where + ".Throw must be an object"
            + " such as {\"Error\": \"E\", \"Cause\": \"why\"}, not " + t);
      }
      String error = text(t.get("Error"));
      if ("States.Timeout".equals(error)) {
        return MockResponse.timingOut();
      }
      return MockResponse.throwing(error, text(t.get("Cause")));
    }
    return MockResponse.returning(r.get("Return"));
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.isTextual() ? n.textValue() : n.toString();
  }
}
