package dev.asl4j.parser.model;

import dev.asl4j.parser.expr.Template;
import java.util.Optional;

/**
 * A Map's {@code ItemBatcher}; each limit is a literal, a {@code *Path} or JSONata.
 */
public record ItemBatcher(
    String pointer,
    Optional<Template> maxItemsPerBatch,
    Optional<Template> maxInputBytesPerBatch,
    Optional<Template> batchInput) {}
