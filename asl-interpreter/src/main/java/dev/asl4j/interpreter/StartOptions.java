package dev.asl4j.interpreter;

import java.time.Instant;

/**
 * Per-execution settings: the execution name and Context-object overrides. Every field may be
 * null, meaning "as AWS would": a random UUID name, an ARN built from the state machine's, the
 * engine's default role, the scheduler's current time.
 *
 * <pre>{@code
 * definition.start(input, StartOptions.defaults().withName("order-42"));
 * }</pre>
 *
 * @param name {@code $$.Execution.Name}
 * @param executionArn {@code $$.Execution.Id}
 * @param roleArn {@code $$.Execution.RoleArn}
 * @param startTime {@code $$.Execution.StartTime}
 * @param stateMachineArn {@code $$.StateMachine.Id}
 * @param stateMachineName {@code $$.StateMachine.Name}
 */
public record StartOptions(
    String name,
    String executionArn,
    String roleArn,
    Instant startTime,
    String stateMachineArn,
    String stateMachineName) {

  /** Nothing overridden. */
  public static StartOptions defaults() {
    return new StartOptions(null, null, null, null, null, null);
  }

  public StartOptions withName(String name) {
    return new StartOptions(name, executionArn, roleArn, startTime, stateMachineArn, stateMachineName);
  }

  public StartOptions withExecutionArn(String arn) {
    return new StartOptions(name, arn, roleArn, startTime, stateMachineArn, stateMachineName);
  }

  public StartOptions withRoleArn(String arn) {
    return new StartOptions(name, executionArn, arn, startTime, stateMachineArn, stateMachineName);
  }

  public StartOptions withStartTime(Instant time) {
    return new StartOptions(name, executionArn, roleArn, time, stateMachineArn, stateMachineName);
  }

  public StartOptions withStateMachineArn(String arn) {
    return new StartOptions(name, executionArn, roleArn, startTime, arn, stateMachineName);
  }

  public StartOptions withStateMachineName(String smName) {
    return new StartOptions(name, executionArn, roleArn, startTime, stateMachineArn, smName);
  }
}
