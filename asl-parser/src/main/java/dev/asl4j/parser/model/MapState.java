package dev.asl4j.parser.model;

import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import java.util.List;
import java.util.Optional;

/**
 * {@code "Type": "Map"}, inline or distributed. {@code maxConcurrency} and the tolerated-failure
 * fields hold the literal, the {@code *Path} form or JSONata. {@code itemSelector} and the legacy
 * {@code parameters} are kept apart as written (at most one is present).
 */
public record MapState(
    Common common,
    ItemProcessor processor,
    Path itemsPath,
    Optional<Template> items,
    Optional<Template> itemSelector,
    Optional<Template> parameters,
    Optional<Template> maxConcurrency,
    Optional<Template> toleratedFailurePercentage,
    Optional<Template> toleratedFailureCount,
    Optional<ItemReader> itemReader,
    Optional<ItemBatcher> itemBatcher,
    Optional<ResultWriter> resultWriter,
    Optional<String> label,
    Optional<Template> resultSelector,
    Path resultPath,
    List<Retrier> retry,
    List<Catcher> catchers)
    implements State {
  public MapState {
    retry = List.copyOf(retry);
    catchers = List.copyOf(catchers);
  }

  @Override
  public StateKind kind() {
    return StateKind.MAP;
  }
}
