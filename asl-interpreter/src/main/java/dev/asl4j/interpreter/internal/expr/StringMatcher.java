package dev.asl4j.interpreter.internal.expr;

/**
 * {@code StringMatches}: {@code *} matches any run of characters, {@code \*} a literal star and
 * {@code \\} a literal backslash; any other escaped character stands for itself. Matching is the
 * greedy star-backtracking scan, O(text x pattern) at worst, never exponential.
 */
final class StringMatcher {
  private StringMatcher() {}

  /**
   * @throws AslException {@code States.Runtime} when the pattern ends with an open escape
   */
  static boolean matches(String text, String pattern) {
    int m = pattern.length();
    char[] chars = new char[m];
    boolean[] star = new boolean[m];
    int len = 0;
    for (int i = 0; i < m; i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        if (i + 1 >= m) {
          throw new AslException(Errors.RUNTIME, "The StringMatches pattern '" + pattern
              + "' ends with an open escape character '\\'", true);
        }
        chars[len++] = pattern.charAt(++i);
      } else if (c == '*') {
        star[len++] = true;
      } else {
        chars[len++] = c;
      }
    }
    int t = 0;
    int p = 0;
    int starAt = -1;
    int resumeAt = 0;
    int n = text.length();
    while (t < n) {
      if (p < len && !star[p] && chars[p] == text.charAt(t)) {
        t++;
        p++;
      } else if (p < len && star[p]) {
        starAt = p++;
        resumeAt = t;
      } else if (starAt >= 0) {
        p = starAt + 1;
        t = ++resumeAt;
      } else {
        return false;
      }
    }
    while (p < len && star[p]) {
      p++;
    }
    return p == len;
  }
}
