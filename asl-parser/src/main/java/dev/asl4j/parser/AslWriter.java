package dev.asl4j.parser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.internal.ModelWriter;
import dev.asl4j.parser.model.StateMachine;
import java.io.UncheckedIOException;

/**
 * Writes a model back to ASL JSON. Parsing the output with {@link AslParser} gives a model equal
 * to the one written. Fields at their defaults ({@code "InputPath": "$"}, a retrier's {@code
 * "MaxAttempts": 3}, ...) are left out; everything else is written as parsed.
 *
 * <pre>{@code
 * StateMachine sm = AslParser.create().parse(text, "order.asl.json").model().orElseThrow();
 * String json = AslWriter.toText(sm);
 * }</pre>
 */
public final class AslWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AslWriter() {}

  /** The definition as a new JSON object tree, independent of the model (safe to modify). */
  public static ObjectNode toJson(StateMachine machine) {
    // Literal values are shared with the model; a copy keeps the model immutable.
    return ModelWriter.write(machine).deepCopy();
  }

  /** The definition as pretty-printed JSON text. */
  public static String toText(StateMachine machine) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter()
          .writeValueAsString(ModelWriter.write(machine));
    } catch (JsonProcessingException e) {
      // Writing a tree of Jackson nodes to a String cannot fail.
      throw new UncheckedIOException(e);
    }
  }
}
