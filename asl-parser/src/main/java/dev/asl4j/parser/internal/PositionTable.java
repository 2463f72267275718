package dev.asl4j.parser.internal;

import com.fasterxml.jackson.core.JsonLocation;
import dev.asl4j.parser.SourceSpan;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where every value (and object key) of a document starts, recorded compactly while reading and
 * turned into pointer-keyed maps only when first looked up. Most definitions are valid and never
 * ask for a position, so building a pointer string per value up front would be wasted work.
 *
 * <p>Entries are in document order, so a parent always precedes its children. Materializing is
 * bounded by a character budget: a hostile document (a wide array nested hundreds of levels
 * deep) would otherwise need gigabytes of pointer strings; positions past the budget are left
 * out and lookups fall back to the nearest recorded ancestor.
 */
final class PositionTable {
  /** Rough per-entry cost of a materialized entry (hash node and span), in characters. */
  static final int ENTRY_COST = 96;

  private final long budget;
  private int size;
  private int[] parent = new int[64];
  private String[] key = new String[64];
  private int[] index = new int[64];
  private int[] valueSpans = new int[64 * 3];
  private int[] keySpans = new int[64 * 3];
  private volatile Maps maps;

  /** The two tables, once built. */
  private record Maps(Map<String, SourceSpan> values, Map<String, SourceSpan> keys) {}

  /** @param budget characters the materialized tables may take */
  PositionTable(long budget) {
    this.budget = budget;
  }

  /**
   * Records a value. {@code parentEntry} is the entry of its container (-1 for the root); {@code
   * name} its key in an object (found at {@code keyAt}), or null for an array item at {@code i}.
   * Returns the new entry.
   */
  int add(int parentEntry, String name, int i, JsonLocation valueAt, JsonLocation keyAt) {
    if (size == parent.length) {
      int n = size * 2;
      parent = Arrays.copyOf(parent, n);
      key = Arrays.copyOf(key, n);
      index = Arrays.copyOf(index, n);
      valueSpans = Arrays.copyOf(valueSpans, n * 3);
      keySpans = Arrays.copyOf(keySpans, n * 3);
    }
    parent[size] = parentEntry;
    key[size] = name;
    index[size] = i;
    put(valueSpans, size, valueAt);
    put(keySpans, size, keyAt);
    return size++;
  }

  // Offsets fit an int: the text is at most maxChars (an int) long.
  private static void put(int[] a, int entry, JsonLocation loc) {
    boolean known = loc != null && loc.getLineNr() > 0;
    a[entry * 3] = known ? loc.getLineNr() : 0;
    a[entry * 3 + 1] = known ? Math.max(1, loc.getColumnNr()) : 0;
    a[entry * 3 + 2] = known ? (int) loc.getCharOffset() : -1;
  }

  private static SourceSpan get(int[] a, int entry) {
    return a[entry * 3] <= 0 ? null : new SourceSpan(a[entry * 3], a[entry * 3 + 1], a[entry * 3 + 2]);
  }

  /** A read-only view of the value positions (or, with {@code keys}, the key positions). */
  Map<String, SourceSpan> view(boolean keys) {
    return new View(this, keys);
  }

  private Maps maps() {
    Maps m = maps;
    if (m == null) {
      synchronized (this) {
        m = maps;
        if (m == null) {
          m = materialize();
          maps = m;
        }
      }
    }
    return m;
  }

  private Maps materialize() {
    Map<String, SourceSpan> values = new HashMap<>(size * 4 / 3 + 1);
    Map<String, SourceSpan> keys = new HashMap<>(size * 4 / 3 + 1);
    String[] pointers = new String[size];
    long left = budget;
    for (int e = 0; e < size && left > 0; e++) {
      String base = parent[e] < 0 ? null : pointers[parent[e]];
      if (parent[e] >= 0 && base == null) {
        continue; // an ancestor was over budget
      }
      String ptr = parent[e] < 0 ? ""
          : base + "/" + (key[e] != null ? Pointers.escape(key[e]) : Integer.toString(index[e]));
      pointers[e] = ptr;
      left -= ptr.length() + ENTRY_COST;
      SourceSpan v = get(valueSpans, e);
      if (v != null) {
        values.put(ptr, v);
      }
      SourceSpan k = get(keySpans, e);
      if (k != null) {
        keys.put(ptr, k);
      }
    }
    return new Maps(values, keys);
  }

  /** A map that materializes the table on first use. */
  private static final class View extends AbstractMap<String, SourceSpan> {
    private final PositionTable table;
    private final boolean keys;

    View(PositionTable table, boolean keys) {
      this.table = table;
      this.keys = keys;
    }

    private Map<String, SourceSpan> map() {
      Maps m = table.maps();
      return keys ? m.keys() : m.values();
    }

    @Override
    public SourceSpan get(Object pointer) {
      return map().get(pointer);
    }

    @Override
    public boolean containsKey(Object pointer) {
      return map().containsKey(pointer);
    }

    @Override
    public int size() {
      return map().size();
    }

    @Override
    public Set<Entry<String, SourceSpan>> entrySet() {
      return java.util.Collections.unmodifiableMap(map()).entrySet();
    }
  }
}
