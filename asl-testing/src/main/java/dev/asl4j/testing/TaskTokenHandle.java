package dev.asl4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A task token the execution is parked on, and the ways to complete it: like SendTaskSuccess /
 * SendTaskFailure / SendTaskHeartbeat. After each call the execution runs on (in virtual time) to
 * its next park or its end. Completing a token twice, or after its task timed out, throws the
 * engine's {@code TaskTokenException} as AWS would answer.
 *
 * <pre>{@code
 * AslExecution ex = env.start("approval.asl.json", "{\"amount\":900}");
 * TaskTokenHandle approval = ex.awaitTaskToken("WaitForApproval");
 * assertThat(approval.input().get("amount").asInt()).isEqualTo(900);
 * approval.succeed("{\"approved\":true}");
 * assertThat(ex).succeeded().visited("Ship");
 * }</pre>
 */
public final class TaskTokenHandle {
  private final AslExecution execution;
  private final ParkedTask task;

  TaskTokenHandle(AslExecution execution, ParkedTask task) {
    this.execution = execution;
    this.task = task;
  }

  /** The task token ({@code $$.Task.Token}). */
  public String token() {
    return task.token();
  }

  /** The Task state that is waiting. */
  public String stateName() {
    return task.stateName();
  }

  /** The task's effective input: its parameters / payload after InputPath and Parameters. */
  public JsonNode input() {
    return task.input();
  }

  /** Completes the task with {@code json} as its result, then runs the execution on. */
  public AslExecution succeed(String json) {
    return succeed(Json.parse(json, "succeed(...) output"));
  }

  /** Completes the task with {@code output} as its result, then runs the execution on. */
  public AslExecution succeed(JsonNode output) {
    Objects.requireNonNull(output, "output");
    execution.env().engine().sendTaskSuccess(task.token(), output);
    execution.settle();
    return execution;
  }

  /** Fails the task with {@code error}/{@code cause} (either may be null), then runs on. */
  public AslExecution fail(String error, String cause) {
    execution.env().engine().sendTaskFailure(task.token(), error, cause);
    execution.settle();
    return execution;
  }

  /** Resets the task's HeartbeatSeconds clock; the execution stays parked. */
  public AslExecution heartbeat() {
    execution.env().engine().sendTaskHeartbeat(task.token());
    execution.settle();
    return execution;
  }

  @Override
  public String toString() {
    return "TaskTokenHandle[" + task.stateName() + ", " + task.token() + "]";
  }
}
