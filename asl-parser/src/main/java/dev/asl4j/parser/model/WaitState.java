package dev.asl4j.parser.model;

import dev.asl4j.parser.expr.Template;
import java.util.Optional;

/**
 * {@code "Type": "Wait"}. {@code Seconds}/{@code Timestamp} are literals or JSONata;
 * {@code SecondsPath}/{@code TimestampPath} are {@link Template.PathValue}s.
 */
public record WaitState(Common common, Optional<Template> seconds, Optional<Template> timestamp)
    implements State {
  @Override
  public StateKind kind() {
    return StateKind.WAIT;
  }
}
