package dev.asl4j.parser.model;

import dev.asl4j.parser.expr.Template;
import java.util.List;
import java.util.Optional;

/**
 * A Distributed Map's {@code ItemReader}.
 *
 * @param pointer e.g. {@code /States/M/ItemReader}
 * @param resource {@code Resource}, e.g. {@code arn:aws:states:::s3:getObject}
 * @param parameters JSONPath {@code Parameters}
 * @param arguments JSONata {@code Arguments}
 * @param readerConfig {@code ReaderConfig}
 */
public record ItemReader(
    String pointer,
    String resource,
    Optional<Template> parameters,
    Optional<Template> arguments,
    Optional<ReaderConfig> readerConfig) {

  /**
   * {@code ReaderConfig}.
   *
   * @param maxItems {@code MaxItems} / {@code MaxItemsPath} / JSONata
   */
  public record ReaderConfig(
      String pointer,
      Optional<String> inputType,
      Optional<String> csvHeaderLocation,
      Optional<List<String>> csvHeaders,
      Optional<String> csvDelimiter,
      Optional<String> manifestType,
      Optional<Template> maxItems) {}
}
