package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.PassState;

/** {@code Pass}: the input, Parameters or Result, placed at ResultPath. */
final class PassNode extends Node {
  private final JsonNode result;
  private final Template parameters;
  private final Path resultPath;
  private final PassState state;

  PassNode(PassState s) {
    super(s, EventType.PASS_STATE_ENTERED, EventType.PASS_STATE_EXITED);
    this.state = s;
    this.result = s.result().orElse(null);
    this.parameters = s.parameters().orElse(null);
    this.resultPath = s.resultPath();
  }

  @Override
  Outcome execute(Fiber f) {
    if (jsonata) {
      return JsonataFlow.pass(f, state);
    }
    JsonNode raw = f.stateInput;
    JsonNode effective = DataFlow.select(inputPath, raw, f);
    JsonNode r = result != null ? result : DataFlow.template(parameters, effective, f);
    // OutputPath may read a variable: it sees the value from before this state's Assign.
    JsonNode out = DataFlow.select(outputPath, DataFlow.merge(resultPath, raw, r), f);
    Assignments.assign(f, state.common().assign().orElse(null), r);
    return done(f, out);
  }
}
