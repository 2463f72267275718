package dev.asl4j.interpreter;

import java.util.Objects;

/**
 * An ASL error as a value: a name matched by Retry/Catch ({@code States.TaskFailed}, a user error
 * name...) and a cause text, exactly as AWS reports them.
 *
 * @param name the error name
 * @param cause the cause text, or null when there is none
 */
public record AslError(String name, String cause) {
  public AslError {
    Objects.requireNonNull(name, "name");
  }
}
