package dev.asl4j.interpreter.internal;

import dev.asl4j.parser.model.SucceedState;

/** {@code Succeed}: ends the branch with its (filtered) input. */
final class SucceedNode extends Node {
  private final SucceedState state;

  SucceedNode(SucceedState s) {
    super(s, EventType.SUCCEED_STATE_ENTERED, EventType.SUCCEED_STATE_EXITED);
    this.state = s;
    this.end = true;
  }

  @Override
  Outcome execute(Fiber f) {
    if (jsonata) {
      f.output = state.common().output().isPresent()
          ? JsonataFlow.evaluate(f, state.common().output().get(), f.stateInput)
          : f.stateInput;
      return Outcome.END;
    }
    f.output = DataFlow.select(outputPath, DataFlow.select(inputPath, f.stateInput, f), f);
    return Outcome.END;
  }
}
