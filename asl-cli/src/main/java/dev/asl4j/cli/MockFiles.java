package dev.asl4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.testcase.MockTaskResolver;
import dev.asl4j.parser.model.StateMachine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code --mocks} file in either format: a conformance-case {@code mocks} object (or a
 * whole case file that has one), or AWS Step Functions Local's {@code MockConfigFile.json}.
 */
final class MockFiles {
  private MockFiles() {}

  /**
   * The resolver for {@code file}.
   *
   * @param machineName the loaded state machine's name, which picks the MockConfigFile entry
   *     when {@code mockCase} does not say
   * @param mockCase {@code CASE} or {@code MACHINE/CASE}, or null for the first test case
   */
  static MockTaskResolver load(Path file, String machineName, String mockCase)
      throws UsageException {
    String what = "--mocks " + file;
    JsonNode json = JsonArgs.readFile(file, what);
    if (!json.isObject()) {
      throw new UsageException(what + ": expected a JSON object");
    }
    if (json.has("StateMachines") || json.has("MockedResponses")) {
      return mockConfig(json, what, machineName, mockCase);
    }
    if (mockCase != null) {
      throw new UsageException("--mock-case applies only to a MockConfigFile (" + file
          + " has no \"StateMachines\")");
    }
    JsonNode mocks = json.has("mocks") && json.get("mocks").isObject() ? json.get("mocks") : json;
    for (var it = mocks.fields(); it.hasNext(); ) {
      var e = it.next();
      if (!e.getValue().isArray()) {
        throw new UsageException(what + ": the mocks of state '" + e.getKey()
            + "' must be an array of {\"return\": …} or {\"throw\": {…}} objects");
      }
      for (JsonNode r : e.getValue()) {
        if (!r.isObject() || !(r.has("return") || r.has("throw") || r.path("timeout").asBoolean())) {
          throw new UsageException(what + ": state '" + e.getKey()
              + "': each response needs \"return\", \"throw\" or \"timeout\": " + r);
        }
      }
    }
    try {
      return MockTaskResolver.fromCaseMocks(mocks);
    } catch (IllegalArgumentException e) {
      throw new UsageException(what + ": " + e.getMessage());
    }
  }

  /**
   * Fails when {@code resolver} (read from {@code file}) answers a state that is no Task state of
   * {@code model}, suggesting the closest name: a misspelt key would otherwise leave that task
   * unmocked.
   */
  static void checkStates(Path file, MockTaskResolver resolver, StateMachine model)
      throws UsageException {
    List<String> problems = MockTaskResolver.unknownStates(resolver.states(), List.of(model));
    if (!problems.isEmpty()) {
      throw new UsageException("--mocks " + file + ": " + String.join("; ", problems));
    }
  }

  private static MockTaskResolver mockConfig(
      JsonNode config, String what, String machineName, String mockCase) throws UsageException {
    JsonNode machines = config.path("StateMachines");
    List<String> names = new ArrayList<>();
    machines.fieldNames().forEachRemaining(names::add);
    String machine = null;
    String testCase = mockCase;
    if (mockCase != null) {
      int slash = mockCase.indexOf('/');
      if (slash > 0 && machines.has(mockCase.substring(0, slash))) {
        machine = mockCase.substring(0, slash);
        testCase = mockCase.substring(slash + 1);
      }
    }
    if (machine == null) {
      if (machines.has(machineName)) {
        machine = machineName;
      } else if (names.size() == 1) {
        machine = names.get(0);
      } else {
        throw new UsageException(what + ": no entry in StateMachines is named '" + machineName
            + "' (the definition's file name); pick one with --mock-case MACHINE/CASE, MACHINE one of "
            + names);
      }
    }
    JsonNode cases = machines.path(machine).path("TestCases");
    List<String> caseNames = new ArrayList<>();
    cases.fieldNames().forEachRemaining(caseNames::add);
    if (testCase == null) {
      if (caseNames.isEmpty()) {
        throw new UsageException(what + ": StateMachines." + machine + " has no TestCases");
      }
      testCase = caseNames.get(0);
    } else if (!cases.has(testCase)) {
      throw new UsageException("--mock-case " + mockCase + ": StateMachines." + machine
          + ".TestCases has no '" + testCase + "' (it has " + caseNames + ")");
    }
    try {
      return MockTaskResolver.fromMockConfig(config, machine, testCase);
    } catch (RuntimeException e) {
      throw new UsageException(what + ": " + e.getMessage());
    }
  }
}
