package dev.asl4j.parser.model;

import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import java.util.Optional;

/**
 * Fields every state shares. Fields a type does not have are left at their defaults (no
 * transition for Succeed/Fail, {@link Path#ROOT} paths for Fail).
 *
 * @param name the state's name
 * @param pointer JSON Pointer of the state object
 * @param comment {@code Comment}
 * @param queryLanguage the effective dialect: the state's own {@code QueryLanguage}, else the
 *     machine's
 * @param next {@code Next}, when present
 * @param end {@code End: true}
 * @param inputPath {@code InputPath} ({@link Path#ROOT} when absent, {@link Path#NULL} when null)
 * @param outputPath {@code OutputPath} (same defaults)
 * @param assign {@code Assign}
 * @param output {@code Output} (JSONata)
 */
public record Common(
    String name,
    String pointer,
    Optional<String> comment,
    QueryLanguage queryLanguage,
    Optional<String> next,
    boolean end,
    Path inputPath,
    Path outputPath,
    Optional<Template> assign,
    Optional<Template> output) {}
