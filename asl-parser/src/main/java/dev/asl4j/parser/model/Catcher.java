package dev.asl4j.parser.model;

import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import java.util.List;
import java.util.Optional;

/**
 * One {@code Catch} entry.
 *
 * @param pointer e.g. {@code /States/Charge/Catch/0}
 * @param errorEquals error names matched
 * @param next the state to go to
 * @param resultPath JSONPath {@code ResultPath} (default {@link Path#ROOT})
 * @param output JSONata {@code Output}
 * @param assign {@code Assign}
 * @param comment {@code Comment}
 */
public record Catcher(
    String pointer,
    List<String> errorEquals,
    String next,
    Path resultPath,
    Optional<Template> output,
    Optional<Template> assign,
    Optional<String> comment) {
  public Catcher {
    errorEquals = List.copyOf(errorEquals);
  }
}
