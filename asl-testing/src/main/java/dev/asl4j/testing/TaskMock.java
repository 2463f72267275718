package dev.asl4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The canned behaviour of one Task state (or one resource): a sequence of answers; every
 * invocation of the task consumes the next answer, and the last one repeats. So a
 * retry-then-succeed scenario is one line.
 *
 * <pre>{@code
 * env.mock("Charge")
 *     .throwsError("Gateway.Timeout", "try again")
 *     .then().returns("{\"paid\":true}");          // 1st attempt fails, the retry succeeds
 * env.mock("Quote")
 *     .answers(in -> JsonNodeFactory.instance.objectNode().put("price", in.get("qty").asInt() * 3));
 * assertThat(env.mock("Charge").invocations()).isEqualTo(2);
 * }</pre>
 *
 * <p><b>The last definition wins.</b> Answers chained on one {@code env.mock(...)} call append to
 * each other; the first answer given after a new {@code env.mock(state)} call replaces the whole
 * earlier sequence, so a test's own {@code env.mock("Charge").throwsError(...)} overrides what a
 * shared helper set up. {@link #reset()} forgets the answers and the invocation count.
 *
 * <p>Answers are the task's raw result, before ResultSelector/ResultPath (for {@code
 * lambda:invoke} that is the service response, e.g. {@code {"Payload": ...}}). For a {@code
 * .waitForTaskToken} task a mocked answer is the callback's outcome: the token is completed at
 * once, as Step Functions Local does. The iterations of a Map state all invoke the same state,
 * so they share one sequence: each takes the next answer in the order they run.
 */
public final class TaskMock {
  private final String target;
  private final List<Answer> answers = new ArrayList<>();
  private int invocations;
  /** Invocations since the current sequence was defined: the index of the next answer. */
  private int consumed;
  /** Set by a new {@code env.mock(...)} call: the next answer starts a new sequence. */
  private boolean replaceOnNextAnswer;

  TaskMock(String target) {
    this.target = target;
  }

  /** The task returns {@code json}. */
  public TaskMock returns(String json) {
    return add(new Answer.Returns(Json.parse(json, "returns(...) of mock " + target)));
  }

  /** The task returns {@code value}. */
  public TaskMock returns(JsonNode value) {
    return add(new Answer.Returns(Objects.requireNonNull(value, "value")));
  }

  /** The task fails with {@code error} and {@code cause} (cause may be null). */
  public TaskMock throwsError(String error, String cause) {
    return add(new Answer.Throws(Objects.requireNonNull(error, "error"), cause));
  }

  /** The task's result is computed from its effective input (after Parameters/Arguments). */
  public TaskMock answers(Function<JsonNode, JsonNode> fromTaskInput) {
    Objects.requireNonNull(fromTaskInput, "fromTaskInput");
    return add(new Answer.Handles(r -> fromTaskInput.apply(r.input())));
  }

  /**
   * The task is handled by {@code handler}, which sees the whole request (attempt number, token,
   * Context object); throw {@code TaskFailedException} to fail it.
   */
  public TaskMock handles(TaskHandler handler) {
    return add(new Answer.Handles(Objects.requireNonNull(handler, "handler")));
  }

  /**
   * The task never answers, so its TimeoutSeconds / HeartbeatSeconds fire (a task with neither
   * fails with {@code States.Timeout} at once, as Step Functions Local does).
   */
  public TaskMock timesOut() {
    return add(new Answer.TimesOut());
  }

  /** Does nothing; reads well between answers: {@code .throwsError(..).then().returns(..)}. */
  public TaskMock then() {
    return this;
  }

  /** Forgets every answer and sets {@link #invocations()} back to 0. */
  public synchronized TaskMock reset() {
    answers.clear();
    invocations = 0;
    consumed = 0;
    replaceOnNextAnswer = false;
    return this;
  }

  /** How many times the task has been invoked (retries included). */
  public synchronized int invocations() {
    return invocations;
  }

  /** Takes the answer for the next invocation, or null when none was configured. */
  synchronized Answer next(TaskRequest request) {
    invocations++;
    int i = consumed++;
    if (answers.isEmpty()) {
      return null;
    }
    return answers.get(Math.min(i, answers.size() - 1));
  }

  /** Called for every {@code env.mock(...)}: the next answer replaces the earlier sequence. */
  synchronized TaskMock redefine() {
    replaceOnNextAnswer = true;
    return this;
  }

  /** Whether any answer is configured. */
  synchronized boolean hasAnswers() {
    return !answers.isEmpty();
  }

  private synchronized TaskMock add(Answer a) {
    if (replaceOnNextAnswer) {
      answers.clear();
      consumed = 0;
      replaceOnNextAnswer = false;
    }
    answers.add(a);
    return this;
  }

  /** One configured outcome. */
  sealed interface Answer {
    /** Returns a fixed value. */
    record Returns(JsonNode value) implements Answer {}

    /** Fails with an error. */
    record Throws(String error, String cause) implements Answer {}

    /** Computes the result. */
    record Handles(TaskHandler handler) implements Answer {}

    /** Never answers. */
    record TimesOut() implements Answer {}
  }
}
