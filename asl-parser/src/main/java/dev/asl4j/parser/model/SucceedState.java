package dev.asl4j.parser.model;

/** {@code "Type": "Succeed"}. */
public record SucceedState(Common common) implements State {
  @Override
  public StateKind kind() {
    return StateKind.SUCCEED;
  }
}
