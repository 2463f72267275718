package dev.asl4j.parser.internal;

import static dev.asl4j.parser.internal.TemplateWriter.F;
import static dev.asl4j.parser.internal.TemplateWriter.put;
import static dev.asl4j.parser.internal.TemplateWriter.putPair;
import static dev.asl4j.parser.internal.TemplateWriter.putPath;
import static dev.asl4j.parser.internal.TemplateWriter.putString;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.model.ItemBatcher;
import dev.asl4j.parser.model.ItemProcessor;
import dev.asl4j.parser.model.ItemReader;
import dev.asl4j.parser.model.MapState;
import dev.asl4j.parser.model.ResultWriter;

/** Writes the Map-specific fields of a Map state. */
final class MapWriter {
  private final ModelWriter states;
  private final ErrorHandlerWriter handlers;

  MapWriter(ModelWriter states, ErrorHandlerWriter handlers) {
    this.states = states;
    this.handlers = handlers;
  }

  void map(MapState s, ObjectNode o) {
    if (!isPlaceholder(s.processor())) {
      o.set(s.processor().fieldName(), processor(s.processor()));
    }
    putPath(o, "ItemsPath", s.itemsPath());
    put(o, "Items", s.items());
    put(o, "ItemSelector", s.itemSelector());
    put(o, "Parameters", s.parameters());
    putPair(o, "MaxConcurrency", s.maxConcurrency());
    putPair(o, "ToleratedFailurePercentage", s.toleratedFailurePercentage());
    putPair(o, "ToleratedFailureCount", s.toleratedFailureCount());
    s.itemReader().ifPresent(r -> o.set("ItemReader", reader(r)));
    s.itemBatcher().ifPresent(b -> o.set("ItemBatcher", batcher(b)));
    s.resultWriter().ifPresent(w -> o.set("ResultWriter", writer(w)));
    putString(o, "Label", s.label());
    put(o, "ResultSelector", s.resultSelector());
    putPath(o, "ResultPath", s.resultPath());
    handlers.write(o, s.retry(), s.catchers());
  }

  /** What the parser builds when a Map has no processor object: written as absent again. */
  private static boolean isPlaceholder(ItemProcessor p) {
    return p.fieldName().equals("ItemProcessor") && p.graph().startAt().isEmpty()
        && p.graph().states().isEmpty() && p.graph().comment().isEmpty()
        && p.mode() == ItemProcessor.ProcessorMode.INLINE && p.executionType().isEmpty();
  }

  private ObjectNode processor(ItemProcessor p) {
    ObjectNode o = states.branch(p.graph());
    if (p.mode() != ItemProcessor.ProcessorMode.INLINE || p.executionType().isPresent()) {
      ObjectNode config = F.objectNode();
      config.put("Mode", p.mode().name());
      putString(config, "ExecutionType", p.executionType());
      o.set("ProcessorConfig", config);
    }
    return o;
  }

  private static ObjectNode reader(ItemReader r) {
    ObjectNode o = F.objectNode();
    o.put("Resource", r.resource());
    put(o, "Parameters", r.parameters());
    put(o, "Arguments", r.arguments());
    r.readerConfig().ifPresent(c -> {
      ObjectNode config = o.putObject("ReaderConfig");
      putString(config, "InputType", c.inputType());
      putString(config, "CSVHeaderLocation", c.csvHeaderLocation());
      c.csvHeaders().ifPresent(h -> {
        ArrayNode a = config.putArray("CSVHeaders");
        h.forEach(a::add);
      });
      putString(config, "CSVDelimiter", c.csvDelimiter());
      putString(config, "ManifestType", c.manifestType());
      putPair(config, "MaxItems", c.maxItems());
    });
    return o;
  }

  private static ObjectNode batcher(ItemBatcher b) {
    ObjectNode o = F.objectNode();
    putPair(o, "MaxItemsPerBatch", b.maxItemsPerBatch());
    putPair(o, "MaxInputBytesPerBatch", b.maxInputBytesPerBatch());
    put(o, "BatchInput", b.batchInput());
    return o;
  }

  private static ObjectNode writer(ResultWriter w) {
    ObjectNode o = F.objectNode();
    putString(o, "Resource", w.resource());
    put(o, "Parameters", w.parameters());
    put(o, "Arguments", w.arguments());
    w.writerConfig().ifPresent(c -> {
      ObjectNode config = o.putObject("WriterConfig");
      putString(config, "OutputType", c.outputType());
      putString(config, "Transformation", c.transformation());
    });
    return o;
  }
}
