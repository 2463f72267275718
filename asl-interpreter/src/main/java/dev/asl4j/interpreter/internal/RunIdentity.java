package dev.asl4j.interpreter.internal;

import java.time.Instant;

/**
 * Who an execution is, as the Context object and history show it.
 *
 * @param executionArn {@code $$.Execution.Id}
 * @param name {@code $$.Execution.Name}
 * @param roleArn {@code $$.Execution.RoleArn}
 * @param startTime {@code $$.Execution.StartTime}
 * @param stateMachineArn {@code $$.StateMachine.Id}
 * @param stateMachineName {@code $$.StateMachine.Name}
 */
public record RunIdentity(
    String executionArn,
    String name,
    String roleArn,
    Instant startTime,
    String stateMachineArn,
    String stateMachineName) {}
