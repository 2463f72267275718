package dev.asl4j.parser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.model.StateMachine;
import java.util.List;
import java.util.Optional;

/**
 * What the parser made of a text: the model when the text could be built into one, the raw JSON
 * tree when the text was JSON/YAML at all, the source map, and every diagnostic found on the way.
 *
 * @param fileName the name used in diagnostics
 * @param sourceText the text that was parsed
 * @param tree the JSON tree, or null when the text is not JSON/YAML or hit a limit
 * @param model the model, or empty when the tree is too broken to build one
 * @param sourceMap positions of every pointer in {@code tree}
 * @param diagnostics everything found, in document order
 */
public record ParseResult(
    String fileName,
    String sourceText,
    JsonNode tree,
    Optional<StateMachine> model,
    SourceMap sourceMap,
    List<Diagnostic> diagnostics) {
  public ParseResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Whether any diagnostic is an error. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}
