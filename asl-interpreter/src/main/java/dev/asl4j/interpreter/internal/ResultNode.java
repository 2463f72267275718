package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.Common;
import dev.asl4j.parser.model.State;
import java.util.Optional;

/**
 * A state that produces a result — Task, Parallel, Map — and completes through the same pipeline:
 * ResultSelector, ResultPath, Assign, OutputPath (JSONPath), or Output and Assign (JSONata).
 */
abstract class ResultNode extends Node {
  private final Common common;
  private final Template resultSelector;
  private final Path resultPath;

  ResultNode(State state, Optional<Template> resultSelector, Path resultPath,
      EventType enteredType, EventType exitedType) {
    super(state, enteredType, exitedType);
    this.common = state.common();
    this.resultSelector = resultSelector.orElse(null);
    this.resultPath = resultPath;
  }

  /** Completes the state with its raw {@code result}. */
  final Outcome finish(Fiber f, JsonNode result) {
    if (jsonata) {
      return JsonataFlow.finish(f, this, common, result);
    }
    JsonNode selected = DataFlow.template(resultSelector, result, f);
    // OutputPath may read a variable: it sees the value from before this state's Assign.
    JsonNode out = DataFlow.select(outputPath, DataFlow.merge(resultPath, f.stateInput, selected), f);
    Assignments.assign(f, common.assign().orElse(null), selected);
    return done(f, out);
  }
}
