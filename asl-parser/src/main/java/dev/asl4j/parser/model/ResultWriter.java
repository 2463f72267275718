package dev.asl4j.parser.model;

import dev.asl4j.parser.expr.Template;
import java.util.Optional;

/** A Distributed Map's {@code ResultWriter}. */
public record ResultWriter(
    String pointer,
    Optional<String> resource,
    Optional<Template> parameters,
    Optional<Template> arguments,
    Optional<WriterConfig> writerConfig) {

  /** {@code WriterConfig}. */
  public record WriterConfig(
      String pointer, Optional<String> outputType, Optional<String> transformation) {}
}
