package dev.asl4j.parser;

/**
 * Makes text from definitions, test cases and messages safe to print for a person: control
 * characters (ESC, BEL, CR, backspace, C1 controls, bidirectional overrides) become visible
 * escapes such as {@code \u001b}, so a state name cannot forge a PASS line, move the cursor or
 * retitle the terminal. Newlines and tabs become {@code \n} and {@code \t}: one value, one line.
 * Machine formats (JSON, SARIF) escape on their own and do not need this.
 *
 * <pre>{@code
 * System.out.println("PASS " + TerminalText.escape(caseName));
 * }</pre>
 */
public final class TerminalText {
  private TerminalText() {}

  /** {@code s} with every control character escaped; null becomes "null". */
  public static String escape(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String e = escape(c);
      if (e != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (e != null) {
          out.append(e);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }

  /** The escape for {@code c}, or null when it prints as itself. */
  static String escape(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\t':
        return "\\t";
      case '\r':
        return "\\r";
      default:
        boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f)
            || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
        return control ? String.format("\\u%04x", (int) c) : null;
    }
  }
}
