package dev.asl4j.parser;

import java.util.Objects;

/**
 * One finding about a definition: a value, never thrown.
 *
 * @param code stable identifier
 * @param severity how serious it is
 * @param message human text, in AWS's wording where AWS has one
 * @param pointer JSON Pointer of the offending node ({@code ""} for the document root)
 * @param span where the node starts in the source, or {@link SourceSpan#UNKNOWN}
 */
public record Diagnostic(
    DiagnosticCode code, Severity severity, String message, String pointer, SourceSpan span) {

  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    pointer = pointer == null ? "" : pointer;
    span = span == null ? SourceSpan.UNKNOWN : span;
  }

  /** An error at {@code pointer}, located through {@code map}. */
  public static Diagnostic error(DiagnosticCode code, String pointer, SourceMap map, String message) {
    return new Diagnostic(code, Severity.ERROR, message, pointer, map.find(pointer));
  }

  /** A warning at {@code pointer}, located through {@code map}. */
  public static Diagnostic warning(
      DiagnosticCode code, String pointer, SourceMap map, String message) {
    return new Diagnostic(code, Severity.WARNING, message, pointer, map.find(pointer));
  }

  /** The pointer as AWS shows it in a location: {@code "/"} for the root. */
  public String location() {
    return pointer.isEmpty() ? "/" : pointer;
  }

  /**
   * The one-line human rendering: {@code ERROR order.asl.json:12:18 [CODE] /States/A/Next: msg}.
   */
  public String headline(String fileName) {
    StringBuilder sb = new StringBuilder();
    sb.append(severity).append(' ').append(TerminalText.escape(fileName));
    if (span.isKnown()) {
      sb.append(':').append(span.line()).append(':').append(span.column());
    }
    // Names and messages quote the definition: escaped, so they cannot drive the terminal.
    sb.append(" [").append(code).append("] ").append(TerminalText.escape(location()))
        .append(": ").append(TerminalText.escape(message));
    return sb.toString();
  }

  /** The headline followed by the source line and a caret under the column, when known. */
  public String render(String fileName, String sourceText) {
    String head = headline(fileName);
    if (!span.isKnown() || sourceText == null) {
      return head;
    }
    String line = lineAt(sourceText, span.line());
    if (line == null) {
      return head;
    }
    String shown = line.length() > 200 ? line.substring(0, 200) + "…" : line;
    int col = Math.max(1, Math.min(span.column(), shown.length() + 1));
    StringBuilder printed = new StringBuilder(shown.length());
    StringBuilder caret = new StringBuilder();
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      String e = c == '\t' ? null : TerminalText.escape(c);
      printed.append(e != null ? e : String.valueOf(c));
      if (i < col - 1) { // the caret stays under its character, escapes included
        caret.append(c == '\t' ? "\t" : " ".repeat(e != null ? e.length() : 1));
      }
    }
    caret.append('^');
    return head + System.lineSeparator() + "  " + printed + System.lineSeparator() + "  " + caret;
  }

  private static String lineAt(String text, int lineNo) {
    int start = 0;
    for (int l = 1; l < lineNo; l++) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) {
        return null;
      }
      start = nl + 1;
    }
    int end = text.indexOf('\n', start);
    String line = end < 0 ? text.substring(start) : text.substring(start, end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
