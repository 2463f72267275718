package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.internal.expr.AslException;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskRequest;
import dev.asl4j.parser.model.ItemReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A Distributed Map's ItemReader: calls the reader's resource ({@code s3:getObject}, {@code
 * s3:listObjectsV2}) through the engine's task resolution (e.g. {@code InMemoryS3}) and turns the
 * answer into items per {@code ReaderConfig} (JSON, JSONL, CSV with a first-row or given header,
 * MaxItems). Failures are {@code States.ItemReaderFailed}.
 */
final class ItemReaders {
  static final String FAILED = "States.ItemReaderFailed";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ItemReaders() {}

  /** Starts the read; the stage yields the resource's raw answer. */
  static CompletionStage<JsonNode> call(Fiber f, ItemReader reader, JsonNode in) {
    JsonNode params = parameters(f, reader, in);
    TaskHandler h = f.run.engine.resolve(reader.resource());
    if (h == null) {
      throw new AslException(FAILED,
          "No TaskHandler or TaskResolver handles the ItemReader resource '" + reader.resource() + "'.");
    }
    TaskRequest r = new TaskRequest(f.node.name, reader.resource(), params, Optional.empty(),
        f.retryCount, f.contextObject(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
    try {
      return h.handleAsync(r);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static JsonNode parameters(Fiber f, ItemReader reader, JsonNode in) {
    if (f.node.jsonata) {
      return reader.arguments().map(t -> JsonataFlow.evaluate(f, t, in)).orElse(F.objectNode());
    }
    return reader.parameters().map(t -> DataFlow.template(t, in, f)).orElse(F.objectNode());
  }

  /**
   * {@code Map.Item.Source} as AWS's Context-object documentation gives it: {@code STATE_DATA}
   * for items from the state input, the bucket's S3 URI for a listObjectsV2 read, and the
   * object's S3 URI for every other reader.
   */
  static String source(Fiber f, Optional<ItemReader> reader, JsonNode in) {
    if (reader.isEmpty()) {
      return "STATE_DATA";
    }
    JsonNode p = parameters(f, reader.get(), in);
    String uri = "s3://" + p.path("Bucket").asText();
    return reader.get().resource().endsWith("listObjectsV2") ? uri
        : uri + "/" + p.path("Key").asText();
  }

  /** The items in the reader's answer. */
  static JsonNode items(Fiber f, ItemReader reader, JsonNode raw, JsonNode in) {
    ItemReader.ReaderConfig cfg = reader.readerConfig().orElse(null);
    String type = cfg == null ? null : cfg.inputType().orElse(null);
    ArrayNode items;
    if (type == null || reader.resource().endsWith("listObjectsV2")) {
      JsonNode list = raw != null && raw.has("Contents") ? raw.get("Contents") : raw;
      if (list == null || !list.isArray()) {
        throw new AslException(FAILED, "The ItemReader did not return a list of items.");
      }
      items = (ArrayNode) list;
    } else {
      String text = raw == null ? "" : raw.isTextual() ? raw.textValue()
          : raw.has("Body") ? raw.get("Body").asText() : raw.toString();
      items = parse(type, text, cfg);
    }
    long max = cfg == null ? 0 : cfg.maxItems().map(t -> f.node.jsonata
        ? JsonataFlow.evaluate(f, t, in).asLong() : DataFlow.template(t, in, f).asLong()).orElse(0L);
    if (max > 0 && items.size() > max) {
      ArrayNode cut = F.arrayNode();
      for (int i = 0; i < max; i++) {
        cut.add(items.get(i));
      }
      return cut;
    }
    return items;
  }

  private static ArrayNode parse(String type, String text, ItemReader.ReaderConfig cfg) {
    try {
      switch (type) {
        case "JSON": {
          JsonNode v = MAPPER.readTree(text);
          if (!v.isArray()) {
            throw new AslException(FAILED, "The JSON file does not hold an array of items.");
          }
          return (ArrayNode) v;
        }
        case "JSONL": {
          ArrayNode out = F.arrayNode();
          for (String line : text.split("\r?\n")) {
            if (!line.isBlank()) {
              out.add(MAPPER.readTree(line));
            }
          }
          return out;
        }
        case "CSV":
          return csv(text, cfg);
        default:
          throw new AslException(FAILED, "ReaderConfig InputType " + type + " is not supported.");
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AslException(FAILED, "The item file is not valid " + type + ": "
          + e.getOriginalMessage());
    }
  }

  private static ArrayNode csv(String text, ItemReader.ReaderConfig cfg) {
    char delimiter = delimiter(cfg.csvDelimiter().orElse("COMMA"));
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      if (!line.isEmpty()) {
        rows.add(fields(line, delimiter));
      }
    }
    List<String> header;
    int first = 0;
    if (cfg.csvHeaderLocation().orElse("FIRST_ROW").equals("GIVEN")) {
      header = cfg.csvHeaders().orElse(List.of());
    } else {
      header = rows.isEmpty() ? List.of() : rows.get(0);
      first = 1;
    }
    ArrayNode out = F.arrayNode();
    for (int i = first; i < rows.size(); i++) {
      ObjectNode o = out.addObject();
      List<String> row = rows.get(i);
      for (int c = 0; c < header.size(); c++) {
        o.put(header.get(c), c < row.size() ? row.get(c) : "");
      }
    }
    return out;
  }

  private static char delimiter(String name) {
    switch (name) {
      case "PIPE":
        return '|';
      case "SEMICOLON":
        return ';';
      case "TAB":
        return '\t';
      case "SPACE":
        return ' ';
      default:
        return ',';
    }
  }

  /** One CSV line: double quotes group text and {@code ""} is a literal quote. */
  static List<String> fields(String line, char delimiter) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == delimiter) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
