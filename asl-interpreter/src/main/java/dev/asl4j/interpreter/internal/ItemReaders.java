package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.internal.expr.AslException;
import dev.asl4j.parser.model.ItemReader;

/** Distributed Map ItemReader: reads the items through the engine's item-reader SPI. */
final class ItemReaders {
  private ItemReaders() {}

  static JsonNode read(Fiber f, ItemReader reader, JsonNode in) {
    throw new AslException("States.ItemReaderFailed", "ItemReader is not supported yet");
  }
}
