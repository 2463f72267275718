package dev.asl4j.interpreter.spi;

import dev.asl4j.interpreter.ExecutionStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * What a store knows about one execution (DescribeExecution). Payloads are JSON text.
 *
 * @param executionArn the execution ARN
 * @param name the execution name
 * @param stateMachineArn the state machine's ARN
 * @param definitionId the {@link StoredDefinition} it runs
 * @param status the current status
 * @param startTime when it started
 * @param stopTime when it ended, or null
 * @param input the input JSON
 * @param output the output JSON when SUCCEEDED, else null
 * @param error the error when it failed, else null
 * @param cause the cause when it failed, else null
 * @param eventCount how many history events it has
 * @param redriveCount how often it was redriven
 */
public record StoredExecution(
    String executionArn,
    String name,
    String stateMachineArn,
    String definitionId,
    ExecutionStatus status,
    Instant startTime,
    Instant stopTime,
    String input,
    String output,
    String error,
    String cause,
    long eventCount,
    int redriveCount) {
  public StoredExecution {
    Objects.requireNonNull(executionArn, "executionArn");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(stateMachineArn, "stateMachineArn");
    Objects.requireNonNull(definitionId, "definitionId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(input, "input");
  }
}
