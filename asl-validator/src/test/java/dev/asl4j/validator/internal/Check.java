package dev.asl4j.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.Severity;
import dev.asl4j.parser.SourceMap;
import dev.asl4j.parser.model.StateMachineType;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** Runs the rules over a JSON text without the parser, so rule tests do not depend on it. */
final class Check {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Diagnostic> diagnostics;

  private Check(List<Diagnostic> diagnostics) {
    this.diagnostics = diagnostics;
  }

  static Check of(String json) {
    return of(json, StateMachineType.STANDARD);
  }

  static Check of(String json, StateMachineType type) {
    return new Check(Validation.validate(tree(json), type, SourceMap.empty(), List.of()));
  }

  static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Diagnostic> all() {
    return diagnostics;
  }

  List<DiagnosticCode> codes() {
    return diagnostics.stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  List<Diagnostic> errors() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR)
        .collect(Collectors.toList());
  }

  /** Pointers of the findings with {@code code}. */
  List<String> at(DiagnosticCode code) {
    return diagnostics.stream().filter(d -> d.code() == code).map(Diagnostic::pointer)
        .collect(Collectors.toList());
  }

  /** Messages of the findings with {@code code}. */
  List<String> messages(DiagnosticCode code) {
    return diagnostics.stream().filter(d -> d.code() == code).map(Diagnostic::message)
        .collect(Collectors.toList());
  }
}
