package dev.asl4j.validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asl4j.parser.AslParser;
import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.ParseResult;
import dev.asl4j.parser.Severity;
import dev.asl4j.parser.SourceMap;
import dev.asl4j.parser.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * Turns test documents into parse results. Uses the real parser once it is implemented; until
 * then a plain Jackson tree (no positions, no schema checks), so the validator's own rules can be
 * tested on real documents while the parser is being written.
 */
final class Docs {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final boolean PARSER = probe();

  private Docs() {}

  /** Whether the real parser is implemented (the stub throws UnsupportedOperationException). */
  static boolean parserAvailable() {
    return PARSER;
  }

  private static boolean probe() {
    try {
      AslParser.create().parse("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}",
          "probe.json");
      return true;
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  static ParseResult parse(String text, String name) {
    if (PARSER) {
      return AslParser.create().withJsonataChecker(dev.asl4j.validator.internal.Validation.jsonataSyntax())
          .parse(text, name);
    }
    try {
      JsonNode tree = JSON.readTree(text);
      return new ParseResult(name, text, tree, Optional.empty(), SourceMap.empty(), List.of());
    } catch (JsonProcessingException | RuntimeException e) {
      Diagnostic d = new Diagnostic(DiagnosticCode.INVALID_JSON_DESCRIPTION, Severity.ERROR,
          String.valueOf(e.getMessage()), "", SourceSpan.UNKNOWN);
      return new ParseResult(name, text, null, Optional.empty(), SourceMap.empty(), List.of(d));
    }
  }

  static String pretty(JsonNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode read(java.nio.file.Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
