package dev.asl4j.parser.model;

import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import java.util.List;
import java.util.Optional;

/** {@code "Type": "Parallel"}. */
public record ParallelState(
    Common common,
    List<Branch> branches,
    Optional<Template> parameters,
    Optional<Template> arguments,
    Optional<Template> resultSelector,
    Path resultPath,
    List<Retrier> retry,
    List<Catcher> catchers)
    implements State {
  public ParallelState {
    branches = List.copyOf(branches);
    retry = List.copyOf(retry);
    catchers = List.copyOf(catchers);
  }

  @Override
  public StateKind kind() {
    return StateKind.PARALLEL;
  }
}
