package dev.asl4j.validator.internal;

import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.Severity;
import dev.asl4j.parser.SourceMap;
import java.util.ArrayList;
import java.util.List;

/** Where rules write their findings; positions come from the document's source map. */
final class Sink {
  private final SourceMap map;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  Sink(SourceMap map) {
    this.map = map;
  }

  /** An error located at the value of {@code pointer}. */
  void error(DiagnosticCode code, String pointer, String message) {
    diagnostics.add(new Diagnostic(code, Severity.ERROR, message, pointer, map.find(pointer)));
  }

  /**
   * An error about a named member (a state, a variable): located at its key, which is where a
   * reader looks for a name.
   */
  void errorAtKey(DiagnosticCode code, String pointer, String message) {
    diagnostics.add(new Diagnostic(code, Severity.ERROR, message, pointer, map.findKey(pointer)));
  }

  /** A warning located at the value of {@code pointer}. */
  void warning(DiagnosticCode code, String pointer, String message) {
    diagnostics.add(new Diagnostic(code, Severity.WARNING, message, pointer, map.find(pointer)));
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
