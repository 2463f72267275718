package dev.asl4j.parser.internal;

import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.Severity;
import dev.asl4j.parser.SourceMap;
import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one model build, located through the document's source map. */
final class Problems {
  private final SourceMap map;
  private final List<Diagnostic> list = new ArrayList<>();

  Problems(SourceMap map) {
    this.map = map;
  }

  /** A {@code SCHEMA_VALIDATION_FAILED} error at {@code pointer}. */
  void schema(String pointer, String message) {
    error(DiagnosticCode.SCHEMA_VALIDATION_FAILED, pointer, message);
  }

  void warning(DiagnosticCode code, String pointer, String message) {
    list.add(Diagnostic.warning(code, pointer, map, message));
  }

  void error(DiagnosticCode code, String pointer, String message) {
    list.add(Diagnostic.error(code, pointer, map, message));
  }

  /**
   * An error reported at {@code pointer} (as AWS locates it) but shown at the key named by {@code
   * keyPointer}, so that the caret lands on the offending field rather than its parent.
   */
  void errorAtKey(DiagnosticCode code, String pointer, String keyPointer, String message) {
    list.add(new Diagnostic(code, Severity.ERROR, message, pointer, map.findKey(keyPointer)));
  }

  List<Diagnostic> all() {
    return list;
  }
}
