package dev.asl4j.interpreter.testcase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.interpreter.spi.TaskFailedException;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskRequest;
import dev.asl4j.interpreter.spi.TaskResolver;
import dev.asl4j.parser.model.StateMachine;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Answers Task states from canned responses, chosen by state name: each invocation of a state
 * takes its next response (retries walk down the list). When responses record the parameters AWS
 * sent, the first unused one whose parameters match the request is taken, so Map iterations get
 * their own answers whatever order they run in.
 *
 * <p>For {@code .waitForTaskToken} tasks a response is the callback's outcome: the handler submits
 * and then completes the token. A timeout response never answers, so the task's TimeoutSeconds /
 * HeartbeatSeconds fire (a task with neither fails with {@code States.Timeout} at once).
 *
 * <pre>{@code
 * MockTaskResolver mocks = MockTaskResolver.builder()
 *     .add("Charge", MockResponse.throwing("PaymentDeclined", "card expired"))
 *     .add("Charge", MockResponse.returning(JsonNodeFactory.instance.objectNode().put("paid", true)))
 *     .build();
 * AslEngine engine = AslEngine.builder().taskResolver(mocks).build();
 * }</pre>
 */
public final class MockTaskResolver implements TaskResolver {
  /** The error of a task that has no mocked response: uncatchable, as a setup mistake should be. */
  public static final String MISSING = "States.Runtime";

  private final Map<String, List<MockResponse>> responses;
  private final Map<String, boolean[]> used = new HashMap<>();
  private final TaskHandler handler = TaskHandler.async(this::answer);

  private MockTaskResolver(Map<String, List<MockResponse>> responses) {
    this.responses = responses;
  }

  /** A builder adding responses state by state, in order. */
  public static Builder builder() {
    return new Builder();
  }

  /** Reads a conformance case's {@code mocks} object. */
  public static MockTaskResolver fromCaseMocks(JsonNode mocks) {
    return new MockTaskResolver(MockFormats.caseMocks(mocks));
  }

  /**
   * Reads AWS Step Functions Local's {@code MockConfigFile.json}: the responses that test case
   * {@code testCase} of state machine {@code stateMachine} gives each state.
   */
  public static MockTaskResolver fromMockConfig(
      JsonNode config, String stateMachine, String testCase) {
    return new MockTaskResolver(MockFormats.mockConfig(config, stateMachine, testCase));
  }

  @Override
  public Optional<TaskHandler> resolve(String resource) {
    return responses.isEmpty() ? Optional.empty() : Optional.of(handler);
  }

  /** The names of the states this resolver has responses for. */
  public Set<String> states() {
    return responses.keySet();
  }

  /**
   * Checks the state names that mocks are keyed by: one message per name that is no Task state
   * of {@code models} (with a "did you mean" suggestion when a Task state is named alike), empty
   * when every name is a Task state of one of them.
   */
  public static List<String> unknownStates(Collection<String> mocked, Collection<StateMachine> models) {
    return MockTargets.unknown(mocked, models);
  }

  /** How many responses of {@code state} have been used. */
  public synchronized int invocations(String state) {
    boolean[] u = used.get(state);
    int n = 0;
    if (u != null) {
      for (boolean b : u) {
        n += b ? 1 : 0;
      }
    }
    return n;
  }

  private synchronized MockResponse next(String state, JsonNode input) {
    List<MockResponse> list = responses.get(state);
    if (list == null || list.isEmpty()) {
      return null;
    }
    boolean[] u = used.computeIfAbsent(state, k -> new boolean[list.size()]);
    int pick = -1;
    for (int i = 0; i < list.size(); i++) {
      if (!u[i]) {
        JsonNode rec = list.get(i).recordedParameters();
        if (rec == null || Placeholders.matches(rec, input)) {
          pick = i;
          break;
        }
        if (pick == -1) {
          pick = -2 - i; // first unused, in case nothing matches
        }
      }
    }
    if (pick < -1) {
      pick = -2 - pick;
    }
    if (pick < 0) {
      return list.get(list.size() - 1); // all used: the last response repeats
    }
    u[pick] = true;
    return list.get(pick);
  }

  private CompletionStage<JsonNode> answer(TaskRequest r) {
    MockResponse m = next(r.stateName(), r.input());
    if (m == null) {
      // States.Runtime, which no Retry or Catch matches: a forgotten mock must not be swallowed
      // by a catch-all Catch (and end as a Fail state's null error and cause).
      return CompletableFuture.failedFuture(new TaskFailedException(MISSING, "no mocked response"
          + " for the state '" + r.stateName() + "' (resource " + r.resource() + ")"));
    }
    boolean timers = r.timeout().isPresent() || r.heartbeat().isPresent();
    // For .sync tasks (which also get a token) the response is the job's final result.
    if (r.callback().isPresent() && r.resource().contains(".waitForTaskToken")) {
      switch (m.kind()) {
        case RETURN:
          r.callback().get().success(m.value());
          break;
        case THROW:
          r.callback().get().failure(m.error(), m.cause());
          break;
        default:
          if (!timers) {
            r.callback().get().failure("States.Timeout", null);
          }
          break;
      }
      return CompletableFuture.completedFuture(JsonNodeFactory.instance.objectNode());
    }
    switch (m.kind()) {
      case RETURN:
        return CompletableFuture.completedFuture(m.value());
      case THROW:
        return CompletableFuture.failedFuture(new TaskFailedException(m.error(), m.cause()));
      default:
        return timers
            ? TaskHandler.hang()
            : CompletableFuture.failedFuture(new TaskFailedException("States.Timeout", null));
    }
  }

  /** Collects responses state by state. */
  public static final class Builder {
    private final Map<String, List<MockResponse>> responses = new LinkedHashMap<>();

    private Builder() {}

    /** Appends the next response of {@code state}. */
    public Builder add(String state, MockResponse response) {
      responses.computeIfAbsent(state, k -> new ArrayList<>()).add(response);
      return this;
    }

    public MockTaskResolver build() {
      Map<String, List<MockResponse>> copy = new LinkedHashMap<>();
      responses.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      return new MockTaskResolver(copy);
    }
  }
}
