package dev.asl4j.aws;

import java.util.List;

/**
 * A deploy refused: before anything was written when the definition has errors (ours or AWS's
 * ValidateStateMachineDefinition's), a placeholder has no value, or the change is one AWS cannot
 * make (a new type); or AWS refused one of the calls (access denied, throttled, a bad role). The
 * message says which; {@link #problems} lists them one by one.
 */
public final class DeploymentException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  public DeploymentException(String message, List<String> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  /** Each problem on its own (diagnostic lines, missing placeholders, …). */
  public List<String> problems() {
    return problems;
  }
}
