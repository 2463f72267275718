package dev.asl4j.validator.internal;

import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.Severity;
import dev.asl4j.parser.SourceMap;
import dev.asl4j.parser.SourceSpan;
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

  /**
   * An error about field {@code field} of the object at {@code holder}, reported the way AWS
   * locates it (at the object) but positioned on the field's key.
   */
  void errorOnKey(DiagnosticCode code, String holder, String field, String message) {
    SourceSpan span = map.findKey(Pointers.child(holder, field));
    diagnostics.add(new Diagnostic(code, Severity.ERROR, message, holder, span));
  }

  /** A warning located at the value of {@code pointer}. */
  void warning(DiagnosticCode code, String pointer, String message) {
    diagnostics.add(new Diagnostic(code, Severity.WARNING, message, pointer, map.find(pointer)));
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
