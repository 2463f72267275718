package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.internal.jsonata.ValueType;
import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import dev.asl4j.parser.model.ItemBatcher;
import dev.asl4j.parser.model.MapState;

/**
 * A Map state's run-time settings, evaluated once per attempt: the items, MaxConcurrency and the
 * tolerated failures (each literal, {@code *Path} or JSONata), with AWS's cause texts for bad
 * values; and the ItemBatcher grouping.
 */
final class MapConfig {
  JsonNode items;
  int maxConcurrency;
  /** Tolerated failed items; negative when not declared. */
  long toleratedCount = -1;
  /** Tolerated failed share in percent; negative when not declared. */
  double toleratedPercentage = -1;
  /** Set when evaluation failed: the outcome to return. */
  Outcome failure;

  private MapConfig() {}

  /** The limits of a resumed Map state, as its checkpoint stored them. */
  static MapConfig restored(int maxConcurrency, long toleratedCount, double toleratedPercentage) {
    MapConfig c = new MapConfig();
    c.maxConcurrency = maxConcurrency;
    c.toleratedCount = toleratedCount;
    c.toleratedPercentage = toleratedPercentage;
    return c;
  }

  /** Items, MaxConcurrency; {@code read} is what the ItemReader read, or null without one. */
  static MapConfig evaluate(Fiber f, MapNode n, JsonNode in, JsonNode read) {
    MapConfig c = new MapConfig();
    MapState s = n.state;
    JsonNode source = read != null ? read : in;
    if (n.jsonata) {
      c.items = s.items().isPresent()
          ? JsonataFlow.evaluateAs(f, s.items().get(), in, ValueType.ARRAY)
          : source;
    } else {
      c.items = DataFlow.select(n.itemsPath(), source, f);
    }
    if (c.items == null || !c.items.isArray()) {
      String error = n.jsonata ? "States.QueryEvaluationError" : ErrorMatcher.RUNTIME;
      c.failure = f.fail(error, f.prefix() + "Map state input must be an array but was: "
          + (c.items == null ? "null" : c.items.toString()));
      return c;
    }
    Long max = integer(f, n, s.maxConcurrency().orElse(null), in, "MaxConcurrencyPath", c);
    if (c.failure != null) {
      return c;
    }
    if (max != null && max < 0) { // 0 means no limit; a negative one is a mistake, not "none"
      c.failure = f.runtimeError("The MaxConcurrencyPath field refers to value \"" + max
          + "\" which is not a valid non-negative integer: " + pathText(s.maxConcurrency().get()));
      return c;
    }
    c.maxConcurrency = max == null || max <= 0 ? Integer.MAX_VALUE : (int) Math.min(max, Integer.MAX_VALUE);
    return c;
  }

  /**
   * The tolerated failures; AWS evaluates them after recording MapStateStarted (MaxConcurrency
   * before).
   */
  void limits(Fiber f, MapNode n, JsonNode in) {
    MapConfig c = this;
    MapState s = n.state;
    Long count = integer(f, n, s.toleratedFailureCount().orElse(null), in, "ToleratedFailureCountPath", c);
    if (c.failure != null) {
      return;
    }
    if (count != null) {
      if (count < 0) {
        c.failure = f.runtimeError("ToleratedFailureCount cannot be negative.");
        return;
      }
      c.toleratedCount = count;
    }
    Template pct = s.toleratedFailurePercentage().orElse(null);
    if (pct != null) {
      JsonNode v = numeric(value(f, n, pct, in));
      if (v == null || !v.isNumber()) {
        c.failure = f.runtimeError("The ToleratedFailurePercentagePath field refers to value \""
            + text(v) + "\" which is not a valid float: " + pathText(pct));
        return;
      }
      double p = v.asDouble();
      if (p < 0 || p > 100) {
        c.failure = f.runtimeError("ToleratedFailurePercentage must be between 0 and 100.");
        return;
      }
      c.toleratedPercentage = p;
    }
  }

  private static Long integer(Fiber f, MapNode n, Template t, JsonNode in, String field, MapConfig c) {
    if (t == null) {
      return null;
    }
    JsonNode raw = value(f, n, t, in);
    JsonNode v = numeric(raw);
    if (v == null || !v.isNumber() || Seconds.whole(v) == null) { // 1e300: no integer either
      c.failure = f.runtimeError("The " + field + " field refers to value \"" + text(raw)
          + "\" which is not a valid integer: " + pathText(t));
      return null;
    }
    return Seconds.whole(v);
  }

  private static JsonNode value(Fiber f, MapNode n, Template t, JsonNode in) {
    return n.jsonata ? JsonataFlow.evaluateAs(f, t, in, ValueType.NUMBER) : DataFlow.template(t, in, f);
  }

  /** Numbers as they are; strings holding a number (AWS accepts {@code "1"}) as that number. */
  private static JsonNode numeric(JsonNode v) {
    if (v == null || !v.isTextual()) {
      return v;
    }
    try {
      return JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(v.textValue().trim()));
    } catch (NumberFormatException e) {
      return v;
    }
  }

  private static String pathText(Template t) {
    return t instanceof Template.PathValue ? ((Template.PathValue) t).path().text() : "";
  }

  private static String text(JsonNode v) {
    return v == null ? "null" : v.isTextual() ? v.textValue() : v.toString();
  }

  /** Groups iteration inputs per ItemBatcher ({@code {"Items": [...], "BatchInput": ...}}). */
  static JsonNode[] batch(Fiber f, MapConfig c, JsonNode[] inputs, JsonNode in) {
    MapState s = ((MapNode) f.node).state;
    if (s.itemBatcher().isEmpty()) {
      return inputs;
    }
    ItemBatcher b = s.itemBatcher().get();
    boolean jsonata = f.node.jsonata;
    long maxItems = b.maxItemsPerBatch().map(t -> jsonata
        ? JsonataFlow.evaluate(f, t, in).asLong() : DataFlow.template(t, in, f).asLong()).orElse(0L);
    long maxBytes = b.maxInputBytesPerBatch().map(t -> jsonata
        ? JsonataFlow.evaluate(f, t, in).asLong() : DataFlow.template(t, in, f).asLong()).orElse(0L);
    JsonNode batchInput = b.batchInput().map(t -> jsonata
        ? JsonataFlow.evaluate(f, t, in) : DataFlow.template(t, in, f)).orElse(null);
    java.util.List<JsonNode> batches = new java.util.ArrayList<>();
    ArrayNode current = null;
    long bytes = 0;
    for (JsonNode item : inputs) {
      long size = item.toString().length();
      boolean full = current != null && ((maxItems > 0 && current.size() >= maxItems)
          || (maxBytes > 0 && bytes + size > maxBytes));
      if (current == null || full) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (batchInput != null) {
          o.set("BatchInput", batchInput);
        }
        current = o.putArray("Items");
        batches.add(o);
        bytes = 0;
      }
      current.add(item);
      bytes += size;
    }
    return batches.toArray(new JsonNode[0]);
  }

  /** Whether {@code failed} of {@code total} iterations breach the declared tolerance. */
  boolean breached(int failed, int total) {
    if (toleratedCount < 0 && toleratedPercentage < 0) {
      return failed > 0;
    }
    if (toleratedCount >= 0 && failed > toleratedCount) {
      return true;
    }
    return toleratedPercentage >= 0 && failed * 100.0 > toleratedPercentage * total;
  }

  boolean tolerates() {
    return toleratedCount >= 0 || toleratedPercentage >= 0;
  }

}
