package dev.asl4j.aws;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two definitions (both pretty-printed the same way first), in the unified style:
 * {@code -} deployed, {@code +} local, with three lines of context. Bounded: beyond a million
 * line pairs it reports the whole text as replaced rather than spend quadratic time.
 */
final class DefinitionDiff {
  private static final int CONTEXT = 3;
  private static final long MAX_CELLS = 1_000_000;

  private DefinitionDiff() {}

  static String diff(String deployed, String local) {
    List<String> a = deployed == null ? List.of() : List.of(deployed.split("\n", -1));
    List<String> b = List.of(local.split("\n", -1));
    List<String> ops = (long) a.size() * b.size() > MAX_CELLS ? replaceAll(a, b) : lcs(a, b);
    boolean[] show = new boolean[ops.size()];
    boolean changed = false;
    for (int i = 0; i < ops.size(); i++) {
      if (ops.get(i).charAt(0) != ' ') {
        changed = true;
        for (int k = Math.max(0, i - CONTEXT); k <= Math.min(ops.size() - 1, i + CONTEXT); k++) {
          show[k] = true;
        }
      }
    }
    if (!changed) {
      return "";
    }
    StringBuilder out = new StringBuilder("--- deployed\n+++ local\n");
    for (int i = 0; i < ops.size(); i++) {
      if (show[i]) {
        if (i > 0 && !show[i - 1]) {
          out.append("@@\n");
        }
        out.append(ops.get(i)).append('\n');
      }
    }
    return out.toString();
  }

  private static List<String> replaceAll(List<String> a, List<String> b) {
    List<String> ops = new ArrayList<>();
    a.forEach(l -> ops.add("-" + l));
    b.forEach(l -> ops.add("+" + l));
    return ops;
  }

  private static List<String> lcs(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] len = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
      }
    }
    List<String> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (a.get(i).equals(b.get(j))) {
        ops.add(" " + a.get(i++));
        j++;
      } else if (len[i + 1][j] >= len[i][j + 1]) {
        ops.add("-" + a.get(i++));
      } else {
        ops.add("+" + b.get(j++));
      }
    }
    while (i < n) {
      ops.add("-" + a.get(i++));
    }
    while (j < m) {
      ops.add("+" + b.get(j++));
    }
    return ops;
  }
}
