package dev.asl4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.testcase.JsonValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.ObjectAssert;

/**
 * AssertJ assertions on a finished {@link AslExecution}. JSON is compared by value (key order
 * ignored, {@code 1} equals {@code 1.0}). Every failure message shows what was expected, what
 * happened, and the execution's path: states visited, status, error and cause.
 *
 * <pre>{@code
 * assertThat(ex).failedWith("SagaFailed")
 *     .visitedInOrder("ReserveInventory", "ProcessPayment", "RollbackInventory")
 *     .didNotVisit("ShipOrder")
 *     .hasStateOutput("RollbackInventory", "{\"released\":true}")
 *     .hasHistoryEventTypes("TaskFailed", "FailStateEntered", "ExecutionFailed");
 * }</pre>
 */
public final class ExecutionAssert extends AbstractAssert<ExecutionAssert, AslExecution> {
  ExecutionAssert(AslExecution actual) {
    super(actual, ExecutionAssert.class);
  }

  // ---- outcome ----

  /** The execution SUCCEEDED. */
  public ExecutionAssert succeeded() {
    return hasStatus(ExecutionStatus.SUCCEEDED);
  }

  /** The execution FAILED (any error). */
  public ExecutionAssert failed() {
    return hasStatus(ExecutionStatus.FAILED);
  }

  /** The execution TIMED_OUT. */
  public ExecutionAssert timedOut() {
    return hasStatus(ExecutionStatus.TIMED_OUT);
  }

  /** The execution ended with {@code status}. */
  public ExecutionAssert hasStatus(ExecutionStatus status) {
    isNotNull();
    if (actual.status() != status) {
      fail("to have status " + status, status.toString(), statusText());
    }
    return this;
  }

  /** The execution FAILED with error {@code error}. */
  public ExecutionAssert failedWith(String error) {
    isNotNull();
    if (actual.status() != ExecutionStatus.FAILED || !Objects.equals(error, actual.error())) {
      fail("to have failed with error " + error, "FAILED (error: " + error + ")", statusText());
    }
    return this;
  }

  /** The execution FAILED with {@code error} and {@code cause} (causes compared as JSON if both parse). */
  public ExecutionAssert failedWith(String error, String cause) {
    failedWith(error);
    if (!JsonValues.sameCause(cause, actual.cause())) {
      fail("to have failed with cause " + cause,
          "FAILED (error: " + error + ", cause: " + cause + ")", statusText());
    }
    return this;
  }

  // ---- output ----

  /** The output equals {@code json}. */
  public ExecutionAssert hasOutput(String json) {
    isNotNull();
    JsonNode expected = Json.parse(json, "hasOutput(...) expected value");
    if (!Json.same(expected, actual.output())) {
      failJson("to have output", expected, actual.output());
    }
    return this;
  }

  /** The value at {@code jsonPath} ({@code $.a.b[0]} style) of the output equals {@code json}. */
  public ExecutionAssert hasOutputAt(String jsonPath, String json) {
    isNotNull();
    JsonNode expected = Json.parse(json, "hasOutputAt(...) expected value");
    JsonNode out = actual.output();
    JsonNode value = out == null ? null : SimplePath.read(out, jsonPath);
    if (!Json.same(expected, value)) {
      failJson("to have output at " + jsonPath + " (output: " + Json.show(out) + ")", expected, value);
    }
    return this;
  }

  /** AssertJ assertions on the output JSON, e.g. {@code .output().extracting(o -> o.get("id"))}. */
  public ObjectAssert<JsonNode> output() {
    isNotNull();
    return new ObjectAssert<>(actual.output());
  }

  // ---- path ----

  /** Each of {@code states} was entered at least once. */
  public ExecutionAssert visited(String... states) {
    isNotNull();
    List<String> path = actual.visitedStates();
    List<String> missing = new ArrayList<>();
    for (String s : states) {
      if (!path.contains(s)) {
        missing.add(s);
      }
    }
    if (!missing.isEmpty()) {
      fail("to have visited " + Arrays.toString(states) + " but it never entered " + missing,
          Arrays.toString(states), path.toString());
    }
    return this;
  }

  /** {@code states} were entered in this order (other states may come between). */
  public ExecutionAssert visitedInOrder(String... states) {
    isNotNull();
    List<String> path = actual.visitedStates();
    int i = 0;
    for (String s : path) {
      if (i < states.length && s.equals(states[i])) {
        i++;
      }
    }
    if (i < states.length) {
      fail("to have visited in order " + Arrays.toString(states) + " but \"" + states[i]
              + "\" was not entered after " + Arrays.toString(Arrays.copyOf(states, i)),
          Arrays.toString(states), path.toString());
    }
    return this;
  }

  /** None of {@code states} was entered. */
  public ExecutionAssert didNotVisit(String... states) {
    isNotNull();
    List<String> path = actual.visitedStates();
    List<String> seen = new ArrayList<>();
    for (String s : states) {
      if (path.contains(s)) {
        seen.add(s);
      }
    }
    if (!seen.isEmpty()) {
      fail("not to have visited " + seen, "none of " + Arrays.toString(states), path.toString());
    }
    return this;
  }

  /** The last input of {@code state} equals {@code json}. */
  public ExecutionAssert hasStateInput(String state, String json) {
    isNotNull();
    JsonNode expected = Json.parse(json, "hasStateInput(...) expected value");
    JsonNode in = actual.stateInput(state);
    if (!Json.same(expected, in)) {
      failJson("to have input of state \"" + state + "\"" + neverEntered(in), expected, in);
    }
    return this;
  }

  /** The last output of {@code state} equals {@code json}. */
  public ExecutionAssert hasStateOutput(String state, String json) {
    isNotNull();
    JsonNode expected = Json.parse(json, "hasStateOutput(...) expected value");
    JsonNode out = actual.stateOutput(state);
    if (!Json.same(expected, out)) {
      failJson("to have output of state \"" + state + "\"" + neverEntered(out), expected, out);
    }
    return this;
  }

  private static String neverEntered(JsonNode v) {
    return v == null ? " (the state never completed)" : "";
  }

  /** The task of {@code taskState} was attempted {@code n} times in total (1 + retries). */
  public ExecutionAssert hasAttempts(String taskState, int n) {
    isNotNull();
    int a = actual.attempts(taskState);
    if (a != n) {
      fail("to have attempted task \"" + taskState + "\" " + n + " times", String.valueOf(n),
          String.valueOf(a));
    }
    return this;
  }

  /** Variable {@code name} ended with the value {@code json}. */
  public ExecutionAssert hasVariable(String name, String json) {
    isNotNull();
    JsonNode expected = Json.parse(json, "hasVariable(...) expected value");
    JsonNode vars = actual.variables();
    JsonNode v = vars.get(name);
    if (!Json.same(expected, v)) {
      failJson("to have variable $" + name + " (variables: " + vars + ")", expected, v);
    }
    return this;
  }

  /** The history contains events of these types in this order (others may come between). */
  public ExecutionAssert hasHistoryEventTypes(String... typesSubsequence) {
    isNotNull();
    List<String> types = new HistoryView(actual.history()).types();
    int i = 0;
    for (String t : types) {
      if (i < typesSubsequence.length && t.equals(typesSubsequence[i])) {
        i++;
      }
    }
    if (i < typesSubsequence.length) {
      fail("to have history event types in order " + Arrays.toString(typesSubsequence) + " but "
              + typesSubsequence[i] + " is missing after " + Arrays.toString(Arrays.copyOf(typesSubsequence, i)),
          Arrays.toString(typesSubsequence), types.toString());
    }
    return this;
  }

  // ---- messages ----

  private String statusText() {
    StringBuilder sb = new StringBuilder(actual.status().toString());
    if (actual.error() != null || actual.cause() != null) {
      sb.append(" (error: ").append(actual.error()).append(", cause: ").append(actual.cause())
          .append(')');
    }
    return sb.toString();
  }

  private void failJson(String what, JsonNode expected, JsonNode got) {
    fail(what, Json.show(expected), Json.show(got));
  }

  private void fail(String what, String expected, String got) {
    String nl = System.lineSeparator();
    String msg = "Expecting the execution " + what + nl
        + "  expected:  " + expected + nl
        + "  actual:    " + got + nl
        + actual.describe();
    failWithActualExpectedAndMessage(got, expected, "%s", msg);
  }
}
