package dev.asl4j.interpreter.spi;

import java.util.Objects;

/**
 * A state machine definition as stored: an execution names the exact definition it started with,
 * so a restarted engine resumes it with the same states even if the machine was updated.
 *
 * @param id a hash of the other fields
 * @param stateMachineArn the machine's ARN
 * @param name the machine's name
 * @param type STANDARD or EXPRESS
 * @param source the definition text (JSON or YAML)
 */
public record StoredDefinition(
    String id, String stateMachineArn, String name, String type, String source) {
  public StoredDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(stateMachineArn, "stateMachineArn");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
  }
}
