package dev.asl4j.graph;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out identifiers that every output format accepts unquoted: ASCII letters, digits and
 * {@code _}, starting with a letter, never a Mermaid/DOT keyword (the prefix sees to that), and
 * unique within one picture. Labels keep the real name; ids only need to be stable and readable.
 */
final class Ids {
  private static final int MAX_STEM = 40;

  private final Set<String> used = new HashSet<>();

  /** A fresh id {@code prefix + "_" + sanitised(name)}, suffixed {@code _2}, {@code _3}... if taken. */
  String fresh(String prefix, String name) {
    StringBuilder stem = new StringBuilder(prefix).append('_');
    int kept = 0;
    for (int i = 0; i < name.length() && kept < MAX_STEM; i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      stem.append(ok ? c : '_');
      kept++;
    }
    String id = stem.toString();
    for (int n = 2; !used.add(id); n++) {
      id = stem + "_" + n;
    }
    return id;
  }
}
