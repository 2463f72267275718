package dev.asl4j.parser.model;

import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import java.util.List;
import java.util.Optional;

/**
 * {@code "Type": "Task"}. {@code timeoutSeconds}/{@code heartbeatSeconds} hold the literal, the
 * {@code *Path} form ({@link Template.PathValue}) or a JSONata expression.
 */
public record TaskState(
    Common common,
    String resource,
    Optional<Template> parameters,
    Optional<Template> arguments,
    Optional<Template> resultSelector,
    Path resultPath,
    Optional<Template> timeoutSeconds,
    Optional<Template> heartbeatSeconds,
    Optional<Template> credentials,
    List<Retrier> retry,
    List<Catcher> catchers)
    implements State {
  public TaskState {
    retry = List.copyOf(retry);
    catchers = List.copyOf(catchers);
  }

  @Override
  public StateKind kind() {
    return StateKind.TASK;
  }
}
