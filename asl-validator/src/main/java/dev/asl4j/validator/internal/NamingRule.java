package dev.asl4j.validator.internal;

import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.model.StateKind;
import java.util.HashMap;
import java.util.Map;

/**
 * State names are unique across the whole machine (nested branches and processors included) and at
 * most 80 characters; Distributed Map labels are unique, at most 40 characters and free of the
 * characters AWS forbids. State names may hold spaces and punctuation: AWS accepts them.
 */
final class NamingRule implements Rule {
  static final int MAX_STATE_NAME = 80;
  static final int MAX_LABEL = 40;
  private static final String LABEL_FORBIDDEN = " <>{}[]?*\"#%\\^|~`$&,;:/";

  @Override
  public void check(Definition def, Sink sink) {
    Map<String, StateNode> names = new HashMap<>();
    Map<String, StateNode> labels = new HashMap<>();
    for (StateNode s : def.states()) {
      StateNode first = names.putIfAbsent(s.name(), s);
      if (first != null) {
        sink.errorAtKey(DiagnosticCode.DUPLICATE_STATE_NAME, s.pointer(),
            "Duplicate State name: '" + s.name() + "' (also at " + first.pointer() + ")");
      }
      int length = s.name().codePointCount(0, s.name().length());
      if (length == 0) {
        sink.errorAtKey(DiagnosticCode.INVALID_STATE_NAME, s.pointer(),
            "Invalid State name: a state name cannot be empty");
      } else if (length > MAX_STATE_NAME) {
        sink.errorAtKey(DiagnosticCode.INVALID_STATE_NAME, s.pointer(),
            "Invalid State name: State '" + s.name() + "' exceeds the " + MAX_STATE_NAME
                + "-character limit allowed by the service");
      }
      String label = s.kind() == StateKind.MAP ? s.text("Label") : null;
      if (label != null) {
        checkLabel(s, label, sink);
        StateNode other = labels.putIfAbsent(label, s);
        if (other != null) {
          sink.error(DiagnosticCode.DUPLICATE_LABEL_NAME, s.pointer("Label"),
              "Duplicate Label: '" + label + "' is also used by Map state '" + other.name() + "'");
        }
      }
    }
  }

  private static void checkLabel(StateNode s, String label, Sink sink) {
    String p = s.pointer("Label");
    if (label.isEmpty()) {
      sink.error(DiagnosticCode.INVALID_LABEL_NAME, p, "Label cannot be empty");
      return;
    }
    if (label.codePointCount(0, label.length()) > MAX_LABEL) {
      sink.error(DiagnosticCode.INVALID_LABEL_NAME, p,
          "Label cannot be longer than " + MAX_LABEL + " characters");
    }
    for (int i = 0; i < label.length(); ) {
      int cp = label.codePointAt(i);
      if (forbiddenInLabel(cp)) {
        sink.error(DiagnosticCode.INVALID_LABEL_NAME, p,
            "Label contains invalid character: '" + show(cp) + "'");
        return; // one finding per label is enough to act on
      }
      i += Character.charCount(cp);
    }
  }

  static boolean forbiddenInLabel(int cp) {
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || LABEL_FORBIDDEN.indexOf(cp) >= 0;
  }

  /** Control characters shown escaped, so the message stays on one line. */
  private static String show(int cp) {
    switch (cp) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)
            ? String.format("\\x%02x", cp)
            : new String(Character.toChars(cp));
    }
  }
}
