package dev.asl4j.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.internal.ScalarFields.Spec;
import dev.asl4j.parser.model.Branch;
import dev.asl4j.parser.model.ItemBatcher;
import dev.asl4j.parser.model.ItemProcessor;
import dev.asl4j.parser.model.ItemReader;
import dev.asl4j.parser.model.MapState;
import dev.asl4j.parser.model.QueryLanguage;
import dev.asl4j.parser.model.ResultWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Map state, inline or distributed, with its reader, batcher and writer. */
final class MapBuilder {
  private static final Spec MAX_CONCURRENCY = Spec.integer("MaxConcurrency", 0, Integer.MAX_VALUE);
  private static final Spec TOLERATED_PERCENTAGE =
      Spec.number("ToleratedFailurePercentage", 0, 100);
  private static final Spec TOLERATED_COUNT =
      Spec.integer("ToleratedFailureCount", 0, Integer.MAX_VALUE);
  private static final Spec MAX_ITEMS = Spec.integer("MaxItems", 0, 100_000_000);
  private static final Spec MAX_ITEMS_PER_BATCH =
      Spec.integer("MaxItemsPerBatch", 0, Integer.MAX_VALUE);
  private static final Spec MAX_BYTES_PER_BATCH =
      Spec.integer("MaxInputBytesPerBatch", 0, Integer.MAX_VALUE);

  private static final List<String> MODES = List.of("INLINE", "DISTRIBUTED");
  private static final List<String> EXECUTION_TYPES = List.of("STANDARD", "EXPRESS");
  private static final List<String> INPUT_TYPES =
      List.of("CSV", "JSON", "JSONL", "MANIFEST", "PARQUET");
  private static final List<String> HEADER_LOCATIONS = List.of("FIRST_ROW", "GIVEN");
  private static final List<String> DELIMITERS =
      List.of("COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB");
  private static final List<String> OUTPUT_TYPES = List.of("JSON", "JSONL");
  private static final List<String> TRANSFORMATIONS = List.of("NONE", "COMPACT", "FLATTEN");

  private final ModelBuilder m;
  private final ErrorHandlers handlers;

  MapBuilder(ModelBuilder m, ErrorHandlers handlers) {
    this.m = m;
    this.handlers = handlers;
  }

  MapState build(String name, FieldReader r, QueryLanguage ql) {
    if (r.has("Arguments")) {
      // Definitions AWS accepted carry it; the Map state has no use for it.
      m.problems.warning(DiagnosticCode.SCHEMA_VALIDATION_FAILED, r.pointer,
          "Field 'Arguments' is not supported on a Map state and is ignored");
    }
    return new MapState(
        m.common(name, r, ql),
        processor(r),
        itemsPath(r),
        m.jsonata(r, "Items"),
        m.dialect(r, ql, "ItemSelector"),
        m.payload(r, "Parameters"),
        m.scalars.read(r, ql, MAX_CONCURRENCY),
        m.scalars.read(r, ql, TOLERATED_PERCENTAGE),
        m.scalars.read(r, ql, TOLERATED_COUNT),
        r.child("ItemReader").map(c -> reader(c, ql)),
        r.child("ItemBatcher").map(c -> batcher(c, ql)),
        r.child("ResultWriter").map(c -> writer(c, ql)),
        r.string("Label"),
        m.payload(r, "ResultSelector"),
        m.path(r, "ResultPath", true),
        handlers.retry(r),
        handlers.catchers(r, ql));
  }

  private ItemProcessor processor(FieldReader r) {
    // Neither or both: the validator reports that (EXCLUSIVE_FIELDS); ItemProcessor wins here.
    String field = r.has("ItemProcessor") ? "ItemProcessor"
        : r.has("Iterator") ? "Iterator" : null;
    Optional<FieldReader> p = field == null ? Optional.empty() : r.child(field);
    if (p.isEmpty()) {
      String f = field == null ? "ItemProcessor" : field;
      Branch empty = new Branch(r.ptr(f), Optional.empty(), "", Map.of());
      return new ItemProcessor(f, empty, ItemProcessor.ProcessorMode.INLINE, Optional.empty());
    }
    Branch graph = m.branch(p.get().node, p.get().pointer, FieldNames.PROCESSOR);
    ItemProcessor.ProcessorMode mode = ItemProcessor.ProcessorMode.INLINE;
    Optional<String> executionType = Optional.empty();
    Optional<FieldReader> config = p.get().child("ProcessorConfig");
    if (config.isPresent()) {
      FieldReader c = config.get();
      c.rejectUnknown(FieldNames.PROCESSOR_CONFIG);
      mode = c.enumValue("Mode", MODES).map(ItemProcessor.ProcessorMode::valueOf).orElse(mode);
      executionType = c.enumValue("ExecutionType", EXECUTION_TYPES);
    }
    return new ItemProcessor(field, graph, mode, executionType);
  }

  private Path itemsPath(FieldReader r) {
    JsonNode v = r.get("ItemsPath");
    if (v != null && v.isNull()) {
      r.typeError("ItemsPath", "String");
      return Path.ROOT;
    }
    return m.path(r, "ItemsPath", true);
  }

  private ItemReader reader(FieldReader r, QueryLanguage ql) {
    r.rejectUnknown(FieldNames.ITEM_READER);
    r.require("Resource");
    Optional<ItemReader.ReaderConfig> config = r.child("ReaderConfig").map(c -> {
      c.rejectUnknown(FieldNames.READER_CONFIG);
      return new ItemReader.ReaderConfig(
          c.pointer,
          c.enumValue("InputType", INPUT_TYPES),
          c.enumValue("CSVHeaderLocation", HEADER_LOCATIONS),
          c.strings("CSVHeaders"),
          c.enumValue("CSVDelimiter", DELIMITERS),
          c.string("ManifestType"),
          m.scalars.read(c, ql, MAX_ITEMS));
    });
    return new ItemReader(r.pointer, r.nonEmptyString("Resource").orElse(""),
        m.payload(r, "Parameters"), m.jsonata(r, "Arguments"), config);
  }

  private ItemBatcher batcher(FieldReader r, QueryLanguage ql) {
    r.rejectUnknown(FieldNames.ITEM_BATCHER);
    return new ItemBatcher(r.pointer, m.scalars.read(r, ql, MAX_ITEMS_PER_BATCH),
        m.scalars.read(r, ql, MAX_BYTES_PER_BATCH), m.dialect(r, ql, "BatchInput"));
  }

  private ResultWriter writer(FieldReader r, QueryLanguage ql) {
    r.rejectUnknown(FieldNames.RESULT_WRITER);
    Optional<ResultWriter.WriterConfig> config = r.child("WriterConfig").map(c -> {
      c.rejectUnknown(FieldNames.WRITER_CONFIG);
      return new ResultWriter.WriterConfig(c.pointer, c.enumValue("OutputType", OUTPUT_TYPES),
          c.enumValue("Transformation", TRANSFORMATIONS));
    });
    return new ResultWriter(r.pointer, r.nonEmptyString("Resource"), m.payload(r, "Parameters"),
        m.jsonata(r, "Arguments"), config);
  }
}
