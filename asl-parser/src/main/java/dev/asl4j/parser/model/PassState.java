package dev.asl4j.parser.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import java.util.Optional;

/** {@code "Type": "Pass"}. */
public record PassState(
    Common common, Optional<JsonNode> result, Optional<Template> parameters, Path resultPath)
    implements State {
  @Override
  public StateKind kind() {
    return StateKind.PASS;
  }
}
