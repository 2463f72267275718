package dev.asl4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.HistoryEvent;
import dev.asl4j.interpreter.StateMachineDefinition;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import dev.asl4j.parser.model.StateMachineType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An execution under test, in virtual time. {@code env.start(...)} runs it until it ends or parks
 * on a task token (a callback task or an activity): while it has no token outstanding, Waits,
 * retry back-off and timeouts pass instantly (time jumps to the next timer); while a token is
 * outstanding time stands still, so the test decides what happens next — complete the token, or
 * let time run with {@code env.advance(...)} or {@link #awaitCompletion()}.
 *
 * <pre>{@code
 * AslExecution ex = env.start("approval.asl.json", "{\"amount\":900}");
 * ex.awaitTaskToken("WaitForApproval").succeed("{\"approved\":true}");
 * ExecutionResult r = ex.awaitCompletion();
 * assertThat(ex.visitedStates()).containsSubsequence("WaitForApproval", "Ship");
 * assertThat(ex.stateOutput("Ship").get("shipped").asBoolean()).isTrue();
 * }</pre>
 */
public final class AslExecution {
  private static final Duration STANDARD_LIMIT = Duration.ofDays(365);
  private static final Duration EXPRESS_LIMIT = Duration.ofMinutes(5);

  private final AslTestEnvironment env;
  private final StateMachineDefinition definition;
  private final String definitionName;
  private final Execution raw;

  AslExecution(AslTestEnvironment env, StateMachineDefinition definition, String name, Execution raw) {
    this.env = env;
    this.definition = definition;
    this.definitionName = name;
    this.raw = raw;
  }

  AslTestEnvironment env() {
    return env;
  }

  /** Runs virtual time on while this execution is running and has no token outstanding. */
  void settle() {
    VirtualTimeScheduler time = env.scheduler();
    while (raw.status() == ExecutionStatus.RUNNING && parked().isEmpty()) {
      if (!time.advanceToNextTimer()) {
        return;
      }
    }
  }

  /** The tasks this execution is waiting on, oldest first. */
  List<ParkedTask> parked() {
    if (raw.status() != ExecutionStatus.RUNNING) {
      return List.of();
    }
    return env.liveParked(raw.executionArn());
  }

  // ---- callbacks ----

  /**
   * The token the execution is parked on at {@code stateName} (the oldest one, when several Map
   * iterations wait there).
   *
   * @throws AssertionError naming the states it is parked on, when it is not parked there
   */
  public TaskTokenHandle awaitTaskToken(String stateName) {
    List<ParkedTask> parked = parked();
    for (ParkedTask p : parked) {
      if (p.stateName().equals(stateName)) {
        return new TaskTokenHandle(this, p);
      }
    }
    throw new AssertionError("expected the execution to be parked on a task token at state \""
        + stateName + "\", but it is " + (parked.isEmpty()
            ? "not parked on any task token" : "parked at " + parkedStates(parked))
        + System.lineSeparator() + describe());
  }

  /** Every token the execution is parked on, oldest first (e.g. one per Map iteration). */
  public List<TaskTokenHandle> awaitTaskTokens(String stateName) {
    List<TaskTokenHandle> out = new ArrayList<>();
    for (ParkedTask p : parked()) {
      if (p.stateName().equals(stateName)) {
        out.add(new TaskTokenHandle(this, p));
      }
    }
    return out;
  }

  /** The states whose tasks are waiting on a token, oldest first (empty when none). */
  public List<String> parkedStates() {
    List<String> out = new ArrayList<>();
    parked().forEach(p -> out.add(p.stateName()));
    return out;
  }

  /**
   * Runs virtual time until the execution ends, letting every timer fire (Waits, back-off, task
   * TimeoutSeconds / HeartbeatSeconds, the machine's TimeoutSeconds).
   *
   * @throws AssertionError when it is parked on a task token that no timer could ever end (no
   *     task timeout or heartbeat, no machine TimeoutSeconds), instead of hanging
   */
  public ExecutionResult awaitCompletion() {
    VirtualTimeScheduler time = env.scheduler();
    while (raw.status() == ExecutionStatus.RUNNING) {
      List<ParkedTask> mine = parked();
      Optional<Instant> next = time.nextTimerAt();
      if (!mine.isEmpty() && (next.isEmpty() || onlyDefaultLimitLeft(mine, next.get()))) {
        throw new AssertionError("execution is parked on a task token at state "
            + parkedStates(mine) + "; complete it with awaitTaskToken(\""
            + mine.get(0).stateName() + "\").succeed(...) or .fail(...)"
            + " (no TimeoutSeconds/HeartbeatSeconds could end the wait)"
            + System.lineSeparator() + describe());
      }
      if (!time.advanceToNextTimer()) {
        throw new AssertionError("execution is RUNNING but nothing is scheduled: a task handler"
            + " never completed its result" + System.lineSeparator() + describe());
      }
    }
    return raw.result().orElseThrow();
  }

  /**
   * Whether the only thing that could end the wait is the machine's implicit limit (a year for
   * STANDARD), which a test never means to wait for.
   */
  private boolean onlyDefaultLimitLeft(List<ParkedTask> mine, Instant next) {
    if (definition.model().timeoutSeconds().isPresent()) {
      return false;
    }
    for (ParkedTask p : mine) {
      if (p.hasTimer()) {
        return false;
      }
    }
    Duration limit =
        definition.type() == StateMachineType.EXPRESS ? EXPRESS_LIMIT : STANDARD_LIMIT;
    return !next.isBefore(raw.startTime().plus(limit).minusSeconds(1));
  }

  // ---- queries ----

  /** The current status (RUNNING while parked). */
  public ExecutionStatus status() {
    return raw.status();
  }

  /** The output when SUCCEEDED, else null. */
  public JsonNode output() {
    return raw.result().map(ExecutionResult::output).orElse(null);
  }

  /** The error when FAILED / TIMED_OUT / ABORTED, else null. */
  public String error() {
    return raw.result().map(ExecutionResult::error).orElse(null);
  }

  /** The cause when FAILED / TIMED_OUT / ABORTED, else null. */
  public String cause() {
    return raw.result().map(ExecutionResult::cause).orElse(null);
  }

  /** The history so far, with AWS's event types. */
  public List<HistoryEvent> history() {
    return raw.history();
  }

  /** The states entered, in order, with repeats (Parallel/Map branches interleaved as they ran). */
  public List<String> visitedStates() {
    return view().visitedStates();
  }

  /** The input of the last time {@code state} was entered, or null if it never was. */
  public JsonNode stateInput(String state) {
    return view().statePayload(state, "StateEntered", "input", -1);
  }

  /** The input of the {@code occurrence}-th (0-based) entry into {@code state}, or null. */
  public JsonNode stateInput(String state, int occurrence) {
    return view().statePayload(state, "StateEntered", "input", occurrence);
  }

  /** The output of the last time {@code state} was exited, or null if it never was. */
  public JsonNode stateOutput(String state) {
    return view().statePayload(state, "StateExited", "output", -1);
  }

  /** The output of the {@code occurrence}-th (0-based) exit from {@code state}, or null. */
  public JsonNode stateOutput(String state, int occurrence) {
    return view().statePayload(state, "StateExited", "output", occurrence);
  }

  /** How often the task of {@code taskState} was started: 1 + retries, summed over entries. */
  public int attempts(String taskState) {
    return view().attempts(taskState);
  }

  /**
   * Variable values after the run, from the {@code assignedVariables} of the history (later
   * assignments win; Map/Parallel-local variables are merged into one object).
   */
  public JsonNode variables() {
    return view().variables();
  }

  /** The interpreter's execution. */
  public Execution raw() {
    return raw;
  }

  /** The definition this execution runs. */
  public StateMachineDefinition definition() {
    return definition;
  }

  private HistoryView view() {
    return new HistoryView(raw.history());
  }

  /** What every failure message shows: definition, status, error/cause, path, parked states. */
  String describe() {
    StringBuilder sb = new StringBuilder();
    String nl = System.lineSeparator();
    sb.append("  execution: ").append(raw.name()).append(" of ").append(definitionName).append(nl);
    sb.append("  status:    ").append(raw.status());
    if (error() != null || cause() != null) {
      sb.append(" (error: ").append(error()).append(", cause: ").append(cause()).append(')');
    }
    sb.append(nl).append("  path:      ").append(String.join(" -> ", visitedStates()));
    List<ParkedTask> p = parked();
    if (!p.isEmpty()) {
      sb.append(nl).append("  parked at: ").append(parkedStates(p));
    }
    return sb.toString();
  }

  private static String parkedStates(List<ParkedTask> parked) {
    List<String> names = new ArrayList<>();
    parked.forEach(p -> names.add("\"" + p.stateName() + "\""));
    return String.join(", ", names);
  }

  @Override
  public String toString() {
    return "AslExecution[" + raw.name() + ", " + raw.status() + ", path "
        + String.join(" -> ", visitedStates()) + "]";
  }
}
