package dev.asl4j.validator.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * A lexical scan of JSONata expressions and JSONPath/intrinsic text for {@code $name} references,
 * skipping string literals and comments. Not a parser: enough to find variable reads, local
 * bindings ({@code $x := ...}, function parameters) and which {@code $states} fields are used.
 */
final class ExpressionScanner {
  /**
   * @param reads names read as {@code $name} (not called as functions)
   * @param locals names bound inside the expression
   * @param statesFields fields read from {@code $states} ({@code result}, {@code errorOutput}...)
   * @param contextRoot whether {@code $$} appears outside strings
   */
  record Scan(Set<String> reads, Set<String> locals, Set<String> statesFields, boolean contextRoot) {
    /** Reads of workflow variables: not local, not a JSONata function, not $states. */
    Set<String> variableReads() {
      Set<String> out = new HashSet<>(reads);
      out.removeAll(locals);
      out.removeAll(JsonataFunctions.NAMES);
      out.remove("states");
      out.remove("");
      return out;
    }
  }

  private final String s;
  private int i;
  private final Set<String> reads = new HashSet<>();
  private final Set<String> locals = new HashSet<>();
  private final Set<String> statesFields = new HashSet<>();
  private boolean contextRoot;

  private ExpressionScanner(String s) {
    this.s = s;
  }

  static Scan scan(String text) {
    ExpressionScanner sc = new ExpressionScanner(text);
    sc.run();
    return new Scan(sc.reads, sc.locals, sc.statesFields, sc.contextRoot);
  }

  private void run() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        skipQuoted(c);
      } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? s.length() : end + 2;
      } else if (c == '$') {
        dollar();
      } else if (s.startsWith("function", i) && !identBefore(i)) {
        i += "function".length();
        params();
      } else {
        i++;
      }
    }
  }

  private void dollar() {
    if (i + 1 < s.length() && s.charAt(i + 1) == '$') {
      contextRoot = true;
      i += 2;
      return;
    }
    boolean afterIdent = identBefore(i);
    i++;
    String name = ident();
    if (afterIdent) {
      return; // part of a longer token, not a reference
    }
    int j = skipSpace(i);
    if (j < s.length() && s.charAt(j) == '(') {
      return; // a function call: built-in functions and local lambdas
    }
    if (j + 1 < s.length() && s.charAt(j) == ':' && s.charAt(j + 1) == '=') {
      locals.add(name);
      return;
    }
    reads.add(name);
    if (name.equals("states") && j < s.length() && s.charAt(j) == '.') {
      i = skipSpace(j + 1);
      statesFields.add(ident());
    }
  }

  /** Parameters of {@code function($a, $b)}: local names inside the body. */
  private void params() {
    int j = skipSpace(i);
    if (j >= s.length() || s.charAt(j) != '(') {
      return;
    }
    int close = s.indexOf(')', j);
    String list = close < 0 ? s.substring(j + 1) : s.substring(j + 1, close);
    for (String p : list.split(",")) {
      String t = p.trim();
      if (t.startsWith("$")) {
        locals.add(t.substring(1).split("[^\\p{L}\\p{N}_]", 2)[0]);
      }
    }
    i = close < 0 ? s.length() : close + 1;
  }

  private String ident() {
    int start = i;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!(Variables.isPart(cp) || cp == '_')) {
        break;
      }
      i += Character.charCount(cp);
    }
    return s.substring(start, i);
  }

  private boolean identBefore(int at) {
    if (at == 0) {
      return false;
    }
    char p = s.charAt(at - 1);
    return Character.isLetterOrDigit(p) || p == '_' || p == '$' || p == '@' || p == '.';
  }

  private int skipSpace(int j) {
    while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
      j++;
    }
    return j;
  }

  private void skipQuoted(char q) {
    i++;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == q) {
        i++;
        return;
      } else {
        i++;
      }
    }
  }
}
