package dev.asl4j.parser.model;

import java.util.List;
import java.util.Optional;

/** {@code "Type": "Choice"}. */
public record ChoiceState(Common common, List<ChoiceRule> choices, Optional<String> defaultNext)
    implements State {
  public ChoiceState {
    choices = List.copyOf(choices);
  }

  @Override
  public StateKind kind() {
    return StateKind.CHOICE;
  }
}
