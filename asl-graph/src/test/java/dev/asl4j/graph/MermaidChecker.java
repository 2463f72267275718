package dev.asl4j.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict checker for the subset of Mermaid's flowchart grammar that {@link MermaidRenderer}
 * emits: anything outside the subset is an error, so a renderer change that drifts from what
 * Mermaid accepts fails here first. Also decodes node labels back to text.
 */
final class MermaidChecker {
  private static final String ID = "[A-Za-z][A-Za-z0-9_]*";
  private static final Pattern NODE = Pattern.compile(
      "(" + ID + ")(\\(\\(|\\(\\[|\\[\\[|\\{|\\(|\\[)\"([^\"]*)\"(\\)\\)|\\]\\)|\\]\\]|\\}|\\)|\\])");
  private static final Pattern SUBGRAPH = Pattern.compile("subgraph (" + ID + ") \\[\"([^\"]*)\"\\]");
  private static final Pattern EDGE =
      Pattern.compile("(" + ID + ") (-->|-\\.->)(?:\\|\"([^\"]*)\"\\|)? (" + ID + ")");
  private static final Pattern PROPS = Pattern.compile("[a-z-]+:[^,;:]+(,[a-z-]+:[^,;:]+)*");
  private static final Pattern CLASSDEF = Pattern.compile("classDef (" + ID + ") (.+);");
  private static final Pattern CLASS = Pattern.compile("class (" + ID + "(?:," + ID + ")*) (" + ID + ");");
  private static final Pattern LINKSTYLE = Pattern.compile("linkStyle (\\d+(?:,\\d+)*) (.+);");
  private static final Pattern ENTITY = Pattern.compile("#([a-z]+|[0-9]+);");
  private static final Set<String> KEYWORDS = Set.of("end", "subgraph", "graph", "flowchart",
      "classdef", "class", "style", "linkstyle", "click", "call", "href", "default", "direction");
  private static final Map<String, String> PAIRS = Map.of(
      "((", "))", "([", "])", "[[", "]]", "{", "}", "(", ")", "[", "]");

  /** What the checker found. */
  record Result(
      List<String> errors,
      Map<String, String> labels,
      List<String[]> edges,
      Map<String, Set<String>> classes,
      Set<Integer> styledLinks) {}

  private MermaidChecker() {}

  static Result check(String text) {
    List<String> errors = new ArrayList<>();
    Map<String, String> labels = new LinkedHashMap<>();
    Set<String> subgraphs = new HashSet<>();
    Set<String> classDefs = new HashSet<>();
    List<String[]> edgeEnds = new ArrayList<>();
    List<String[]> classUses = new ArrayList<>();
    List<String[]> edges = new ArrayList<>();
    Map<String, Set<String>> classes = new LinkedHashMap<>();
    List<Integer> linkIndexes = new ArrayList<>();
    Deque<String> open = new ArrayDeque<>();
    String[] lines = text.split("\n", -1);
    if (!lines[0].equals("flowchart TD")) {
      errors.add("first line is not 'flowchart TD': " + lines[0]);
    }
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].strip();
      String where = "line " + (i + 1) + ": ";
      Matcher m;
      if (line.isEmpty() || line.startsWith("%%")) {
        continue;
      } else if (line.equals("end")) {
        if (open.poll() == null) {
          errors.add(where + "'end' without subgraph");
        }
      } else if ((m = SUBGRAPH.matcher(line)).matches()) {
        id(m.group(1), where, errors);
        if (!subgraphs.add(m.group(1)) || labels.containsKey(m.group(1))) {
          errors.add(where + "subgraph id reused: " + m.group(1));
        }
        label(m.group(2), where, errors);
        open.push(m.group(1));
      } else if ((m = NODE.matcher(line)).matches()) {
        id(m.group(1), where, errors);
        if (!m.group(4).equals(PAIRS.get(m.group(2)))) {
          errors.add(where + "shape " + m.group(2) + " closed by " + m.group(4));
        }
        label(m.group(3), where, errors);
        if (labels.put(m.group(1), decode(m.group(3))) != null || subgraphs.contains(m.group(1))) {
          errors.add(where + "node declared twice: " + m.group(1));
        }
      } else if ((m = EDGE.matcher(line)).matches()) {
        if (m.group(3) != null) {
          label(m.group(3), where, errors);
        }
        edgeEnds.add(new String[] {where, m.group(1), m.group(4)});
        edges.add(new String[] {m.group(1), m.group(4), m.group(3) == null ? "" : decode(m.group(3))});
      } else if ((m = CLASSDEF.matcher(line)).matches()) {
        classDefs.add(m.group(1));
        if (!PROPS.matcher(m.group(2)).matches()) {
          errors.add(where + "bad classDef properties: " + m.group(2));
        }
      } else if ((m = CLASS.matcher(line)).matches()) {
        for (String id : m.group(1).split(",")) {
          classUses.add(new String[] {where, id, m.group(2)});
          classes.computeIfAbsent(m.group(2), k -> new java.util.TreeSet<>()).add(id);
        }
      } else if ((m = LINKSTYLE.matcher(line)).matches()) {
        for (String n : m.group(1).split(",")) {
          linkIndexes.add(Integer.parseInt(n));
        }
        if (!PROPS.matcher(m.group(2)).matches()) {
          errors.add(where + "bad linkStyle properties: " + m.group(2));
        }
      } else {
        errors.add(where + "not in the emitted subset: " + line);
      }
    }
    if (!open.isEmpty()) {
      errors.add("unclosed subgraphs: " + open);
    }
    for (String[] e : edgeEnds) {
      for (int k = 1; k <= 2; k++) {
        if (!labels.containsKey(e[k])) {
          errors.add(e[0] + "edge endpoint not declared as a node: " + e[k]);
        }
      }
    }
    for (String[] c : classUses) {
      if (!labels.containsKey(c[1])) {
        errors.add(c[0] + "class on undeclared node " + c[1]);
      }
      if (!classDefs.contains(c[2])) {
        errors.add(c[0] + "class without classDef: " + c[2]);
      }
    }
    for (int ix : linkIndexes) {
      if (ix >= edgeEnds.size()) {
        errors.add("linkStyle index " + ix + " but only " + edgeEnds.size() + " edges");
      }
    }
    return new Result(errors, labels, edges, classes, new java.util.TreeSet<>(linkIndexes));
  }

  private static void id(String id, String where, List<String> errors) {
    if (KEYWORDS.contains(id.toLowerCase(Locale.ROOT))) {
      errors.add(where + "id is a keyword: " + id);
    }
    char c = Character.toLowerCase(id.charAt(0));
    if (c == 'o' || c == 'x') {
      // "A-->oB" and "A-->xB" read as circle/cross edges
      errors.add(where + "id starts with o/x: " + id);
    }
  }

  private static void label(String label, String where, List<String> errors) {
    String rest = label.replace("<br>", "");
    Matcher m = ENTITY.matcher(rest);
    rest = m.replaceAll("");
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if ("<>&|`%#\"".indexOf(c) >= 0 || c < 0x20 || c == 0x7f) {
        errors.add(where + "unescaped '" + c + "' (U+" + Integer.toHexString(c) + ") in label: " + label);
        return;
      }
      if (Character.isSurrogate(c)) {
        boolean pair = Character.isHighSurrogate(c) && i + 1 < rest.length()
            && Character.isLowSurrogate(rest.charAt(i + 1));
        if (!pair) {
          errors.add(where + "lone surrogate in label");
          return;
        }
        i++;
      }
    }
  }

  /** A label as Mermaid would show it: entities decoded, {@code <br>} as a newline. */
  static String decode(String label) {
    Matcher m = ENTITY.matcher(label.replace("<br>", "\n"));
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String rep = switch (name) {
        case "quot" -> "\"";
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        default -> name.chars().allMatch(Character::isDigit)
            ? new String(Character.toChars(Integer.parseInt(name))) : "#" + name + ";";
      };
      m.appendReplacement(sb, Matcher.quoteReplacement(rep));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
