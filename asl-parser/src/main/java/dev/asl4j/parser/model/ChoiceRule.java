package dev.asl4j.parser.model;

import dev.asl4j.parser.expr.Template;
import java.util.Optional;

/**
 * A top-level entry of {@code Choices}.
 *
 * @param pointer e.g. {@code /States/C/Choices/0}
 * @param condition the test
 * @param next {@code Next} (required on top-level rules; the validator checks)
 * @param assign {@code Assign}
 * @param output {@code Output} (JSONata)
 * @param comment {@code Comment}
 */
public record ChoiceRule(
    String pointer,
    Condition condition,
    Optional<String> next,
    Optional<Template> assign,
    Optional<Template> output,
    Optional<String> comment) {}
