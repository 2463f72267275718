package dev.asl4j.interpreter.internal.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Jackson → JSONata values. Objects and arrays become read-only views that convert a child only
 * when the expression touches it, so {@code $states.input.orderId} on a large input costs one
 * lookup, not a copy of the input. A view remembers what it converted, which keeps identities
 * stable within an evaluation; views are confined to one evaluation (not thread-safe), while the
 * wrapped nodes are never modified.
 */
final class JsonViews {
  private JsonViews() {}

  /** The JSONata value of {@code node}; Java null for a missing node (JSONata's undefined). */
  static Object toJsonata(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return null;
    }
    switch (node.getNodeType()) {
      case OBJECT:
        return new ObjectView((ObjectNode) node);
      case ARRAY:
        return new ArrayView((ArrayNode) node);
      case STRING:
        return node.textValue();
      case BOOLEAN:
        return node.booleanValue();
      case NULL:
        return Jsonata.NULL_VALUE;
      case NUMBER:
        return number(node);
      default:
        // BINARY / POJO never come out of JSON parsing; render them as text rather than fail.
        return node.asText();
    }
  }

  private static Object number(JsonNode node) {
    if (node.isInt()) {
      return node.intValue();
    }
    if (node.isLong()) {
      return node.longValue();
    }
    // JSONata numbers are IEEE doubles, as in JavaScript; BigInteger/BigDecimal would also trip
    // dashjoin's arithmetic, which expects Integer, Long or Double.
    return node.doubleValue();
  }

  /** The node a view wraps, or null when {@code value} is not one of our views. */
  static JsonNode unwrap(Object value) {
    if (value instanceof StatesView) {
      return ((StatesView) value).toNode();
    }
    if (value instanceof ObjectView) {
      return ((ObjectView) value).node;
    }
    if (value instanceof ArrayView) {
      return ((ArrayView) value).node;
    }
    return null;
  }

  /** A read-only map over an object node. */
  static final class ObjectView extends AbstractMap<String, Object> {
    private static final Object ABSENT = new Object();
    final ObjectNode node;
    private Map<String, Object> converted;
    private Set<Map.Entry<String, Object>> entries;

    ObjectView(ObjectNode node) {
      this.node = node;
    }

    @Override
    public Object get(Object key) {
      if (!(key instanceof String)) {
        return null;
      }
      if (converted == null) {
        converted = new HashMap<>();
      }
      Object v = converted.get(key);
      if (v == null) {
        v = toJsonata(node.get((String) key));
        converted.put((String) key, v == null ? ABSENT : v);
      }
      return v == ABSENT ? null : v;
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String && node.has((String) key);
    }

    @Override
    public int size() {
      return node.size();
    }

    @Override
    public boolean isEmpty() {
      return node.isEmpty();
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
      if (entries == null) {
        entries = new Entries();
      }
      return entries;
    }

    private final class Entries extends AbstractSet<Map.Entry<String, Object>> {
      @Override
      public Iterator<Map.Entry<String, Object>> iterator() {
        Iterator<String> names = node.fieldNames();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return names.hasNext();
          }

          @Override
          public Map.Entry<String, Object> next() {
            String k = names.next();
            return new AbstractMap.SimpleImmutableEntry<>(k, get(k));
          }
        };
      }

      @Override
      public int size() {
        return node.size();
      }
    }
  }

  /** A read-only list over an array node. */
  static final class ArrayView extends AbstractList<Object> implements RandomAccess {
    final ArrayNode node;
    private Object[] converted;

    ArrayView(ArrayNode node) {
      this.node = node;
    }

    @Override
    public Object get(int index) {
      if (index < 0 || index >= node.size()) {
        throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + node.size());
      }
      if (converted == null) {
        converted = new Object[node.size()];
      }
      Object v = converted[index];
      if (v == null) {
        v = toJsonata(node.get(index));
        converted[index] = v;
      }
      return v;
    }

    @Override
    public int size() {
      return node.size();
    }
  }
}
