package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.LinkedHashSet;
import java.util.Set;

/** The States.Array* functions. Arrays are never modified: results are new arrays. */
final class ArrayFunctions {
  /** AWS's limit on the length of a States.ArrayRange result. */
  static final int MAX_RANGE = 1000;

  private ArrayFunctions() {}

  static JsonNode array(IntrinsicArgs a) {
    ArrayNode out = Json.NODES.arrayNode(a.size());
    out.addAll(a.values);
    return out;
  }

  /** Chunks of the given size; the last may be shorter. */
  static JsonNode partition(IntrinsicArgs a) {
    JsonNode array = a.array(0);
    int size = a.integer(1);
    if (size <= 0) {
      throw a.fail("the chunk size must be a positive integer, but was " + size);
    }
    ArrayNode out = Json.NODES.arrayNode();
    ArrayNode chunk = null;
    for (JsonNode item : array) {
      if (chunk == null || chunk.size() == size) {
        chunk = out.addArray();
      }
      chunk.add(item);
    }
    return out;
  }

  static JsonNode contains(IntrinsicArgs a) {
    JsonNode array = a.array(0);
    JsonNode value = a.get(1);
    for (JsonNode item : array) {
      if (Json.equal(item, value)) {
        return BooleanNode.TRUE;
      }
    }
    return BooleanNode.FALSE;
  }

  /** From start to end inclusive (when a step lands on it), at most {@value #MAX_RANGE} items. */
  static JsonNode range(IntrinsicArgs a) {
    long start = a.integer(0);
    long end = a.integer(1);
    long step = a.integer(2);
    if (step == 0) {
      throw a.fail("the step must not be 0");
    }
    long count = 0;
    if (step > 0 && start <= end) {
      count = (end - start) / step + 1;
    } else if (step < 0 && start >= end) {
      count = (start - end) / -step + 1;
    }
    if (count > MAX_RANGE) {
      throw a.fail("the range would hold " + count + " items, more than the limit of "
          + MAX_RANGE);
    }
    ArrayNode out = Json.NODES.arrayNode((int) count);
    for (long i = 0, v = start; i < count; i++, v += step) {
      out.add(IntNode.valueOf((int) v));
    }
    return out;
  }

  static JsonNode getItem(IntrinsicArgs a) {
    JsonNode array = a.array(0);
    int index = a.integer(1);
    if (index < 0 || index >= array.size()) {
      throw a.fail("the index " + index + " is out of bounds for an array of length "
          + array.size());
    }
    return array.get(index);
  }

  static JsonNode length(IntrinsicArgs a) {
    return IntNode.valueOf(a.array(0).size());
  }

  /** Keeps the first of each group of equal values, in order. */
  static JsonNode unique(IntrinsicArgs a) {
    JsonNode array = a.array(0);
    Set<Key> seen = new LinkedHashSet<>();
    for (JsonNode item : array) {
      seen.add(new Key(item));
    }
    ArrayNode out = Json.NODES.arrayNode(seen.size());
    for (Key k : seen) {
      out.add(k.node);
    }
    return out;
  }

  /** A JSON value as a hash key under value equality. */
  private static final class Key {
    final JsonNode node;
    final int hash;

    Key(JsonNode node) {
      this.node = node;
      this.hash = Json.hash(node);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key && Json.equal(node, ((Key) o).node);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
