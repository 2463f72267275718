package dev.asl4j.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parser for the DOT subset {@link DotRenderer} emits: {@code digraph ID { stmt* }} with
 * graph attributes, {@code node}/{@code edge} defaults, nested {@code subgraph}s, node and edge
 * statements with attribute lists. Reports unbalanced braces, malformed strings, duplicate
 * nodes and edges whose endpoints are not declared; decodes node labels.
 */
final class DotChecker {
  /** What the checker found. */
  record Result(List<String> errors, Map<String, Map<String, String>> nodes, List<String[]> edges) {}

  private final List<String> tokens = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();
  private final Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
  private final List<String[]> edges = new ArrayList<>();
  private int pos;

  private DotChecker() {}

  static Result check(String text) {
    DotChecker c = new DotChecker();
    c.lex(text);
    if (c.errors.isEmpty()) {
      try {
        c.graph();
      } catch (IllegalStateException e) {
        c.errors.add(e.getMessage());
      }
    }
    for (String[] e : c.edges) {
      for (int k = 0; k < 2; k++) {
        if (!c.nodes.containsKey(e[k])) {
          c.errors.add("edge endpoint not declared: " + e[k]);
        }
      }
    }
    return new Result(c.errors, c.nodes, c.edges);
  }

  /** Tokens: quoted strings are kept as {@code "} + decoded text; others as written. */
  private void lex(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        StringBuilder b = new StringBuilder("\"");
        int j = i + 1;
        for (; j < s.length() && s.charAt(j) != '"'; j++) {
          char d = s.charAt(j);
          if (d == '\n' || d == '\r') {
            errors.add("raw newline inside a string at " + j);
          }
          if (d == '\\' && j + 1 < s.length()) {
            char e = s.charAt(++j);
            b.append(e == 'n' ? '\n' : e);
          } else {
            b.append(d);
          }
        }
        if (j >= s.length()) {
          errors.add("unterminated string at " + i);
          return;
        }
        tokens.add(b.toString().replace("&amp;", "&"));
        i = j + 1;
      } else if (s.startsWith("->", i)) {
        tokens.add("->");
        i += 2;
      } else if ("{}[];,=".indexOf(c) >= 0) {
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        if (depth < 0) {
          errors.add("'}' without '{' at " + i);
        }
        tokens.add(String.valueOf(c));
        i++;
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_'
            || s.charAt(j) == '.')) {
          j++;
        }
        tokens.add(s.substring(i, j));
        i = j;
      } else {
        errors.add("unexpected character '" + c + "' at " + i);
        return;
      }
    }
    if (depth != 0) {
      errors.add("unbalanced braces: depth " + depth + " at end");
    }
  }

  private void graph() {
    expect("digraph");
    id();
    expect("{");
    body();
    expect("}");
    if (pos != tokens.size()) {
      throw new IllegalStateException("text after the graph: " + tokens.get(pos));
    }
  }

  private void body() {
    while (!peek().equals("}")) {
      String t = peek();
      if (t.equals("subgraph")) {
        pos++;
        id();
        expect("{");
        body();
        expect("}");
        continue;
      }
      if (t.equals("node") || t.equals("edge")) {
        pos++;
        attrs();
        expect(";");
        continue;
      }
      String a = id();
      if (peek().equals("=")) {
        pos++;
        id();
      } else if (peek().equals("->")) {
        pos++;
        String b = id();
        edges.add(new String[] {a, b, attrs().getOrDefault("class", "")});
      } else {
        Map<String, String> at = attrs();
        if (nodes.put(a, at) != null) {
          errors.add("node declared twice: " + a);
        }
      }
      expect(";");
    }
  }

  private Map<String, String> attrs() {
    Map<String, String> at = new LinkedHashMap<>();
    if (!peek().equals("[")) {
      return at;
    }
    pos++;
    while (!peek().equals("]")) {
      String k = id();
      expect("=");
      at.put(k, id());
      if (peek().equals(",")) {
        pos++;
      }
    }
    pos++;
    return at;
  }

  private String id() {
    String t = next();
    if ("{}[];,=".contains(t) && t.length() == 1 || t.equals("->")) {
      throw new IllegalStateException("expected an id, found " + t);
    }
    return t.startsWith("\"") ? t.substring(1) : t;
  }

  private void expect(String t) {
    String n = next();
    if (!n.equals(t)) {
      throw new IllegalStateException("expected " + t + ", found " + n);
    }
  }

  private String peek() {
    if (pos >= tokens.size()) {
      throw new IllegalStateException("unexpected end of input");
    }
    return tokens.get(pos);
  }

  private String next() {
    String t = peek();
    pos++;
    return t;
  }
}
