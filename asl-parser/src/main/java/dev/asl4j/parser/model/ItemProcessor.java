package dev.asl4j.parser.model;

import java.util.Optional;

/**
 * A Map's {@code ItemProcessor} (or legacy {@code Iterator}).
 *
 * @param fieldName {@code "ItemProcessor"} or {@code "Iterator"}, as written
 * @param graph the states run per item
 * @param mode {@code ProcessorConfig.Mode} (INLINE when absent)
 * @param executionType {@code ProcessorConfig.ExecutionType} (STANDARD|EXPRESS), when set
 */
public record ItemProcessor(
    String fieldName, Branch graph, ProcessorMode mode, Optional<String> executionType) {

  /** {@code ProcessorConfig.Mode}. */
  public enum ProcessorMode {
    INLINE,
    DISTRIBUTED
  }
}
