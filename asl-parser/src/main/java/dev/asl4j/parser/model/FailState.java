package dev.asl4j.parser.model;

import dev.asl4j.parser.expr.Template;
import java.util.Optional;

/**
 * {@code "Type": "Fail"}. {@code Error}/{@code Cause} are literals or JSONata; {@code ErrorPath}/
 * {@code CausePath} are {@link Template.PathValue} or {@link Template.IntrinsicValue}.
 */
public record FailState(Common common, Optional<Template> error, Optional<Template> cause)
    implements State {
  @Override
  public StateKind kind() {
    return StateKind.FAIL;
  }
}
