package dev.asl4j.parser.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.ParseResult;
import dev.asl4j.parser.Severity;
import dev.asl4j.parser.SourceMap;
import dev.asl4j.parser.SourceSpan;
import dev.asl4j.parser.model.StateMachine;
import dev.asl4j.parser.spi.JsonataSyntaxChecker;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parser behind {@link dev.asl4j.parser.AslParser}: text to tree (with positions), tree to
 * model. Not API; use {@code AslParser}.
 */
public final class ParserImpl {
  static final String NOT_AN_OBJECT = "Definition must be a valid JSON object";

  private ParserImpl() {}

  /** Parses {@code text}; never throws for any input. */
  public static ParseResult parse(
      String text, String fileName, int maxDepth, int maxChars, JsonataSyntaxChecker jsonata) {
    String name = fileName == null ? "<definition>" : fileName;
    String src = text == null ? "" : text;
    if (src.length() > maxChars) {
      return failed(name, src, DiagnosticCode.DEFINITION_TOO_LARGE,
          "The definition is " + src.length() + " characters long; the limit is " + maxChars);
    }
    if (src.isEmpty()) {
      return failed(name, src, DiagnosticCode.MISSING_DESCRIPTION, "The definition is empty");
    }
    if (src.isBlank()) {
      // AWS answers a whitespace-only definition this way (recorded ValidateStateMachineDefinition).
      return failed(name, src, DiagnosticCode.SCHEMA_VALIDATION_FAILED, NOT_AN_OBJECT);
    }
    Factories factories = Factories.forLimits(maxDepth, maxChars);
    // Jackson does not skip a byte-order mark in character input; a space in its place keeps
    // every offset, line and column of the original text.
    String readable = src.charAt(0) == '\uFEFF' ? ' ' + src.substring(1) : src;
    TreeReader.Result read = readTree(readable, name, factories);
    List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
    SourceMap map = SourceMap.adopt(read.values(), read.keys());
    JsonNode root = read.root();
    Optional<StateMachine> model = Optional.empty();
    if (root != null && !root.isObject()) {
      diagnostics.add(new Diagnostic(DiagnosticCode.SCHEMA_VALIDATION_FAILED, Severity.ERROR,
          NOT_AN_OBJECT, "", map.find("")));
    } else if (root == null && read.diagnostics().isEmpty()) {
      // e.g. a YAML document holding only comments
      diagnostics.add(new Diagnostic(DiagnosticCode.SCHEMA_VALIDATION_FAILED, Severity.ERROR,
          NOT_AN_OBJECT, "", SourceSpan.UNKNOWN));
    } else if (root != null) {
      Problems problems = new Problems(map);
      try {
        model = Optional.of(new ModelBuilder(problems, jsonata).build((ObjectNode) root));
      } catch (StackOverflowError e) {
        // Only reachable with a maxDepth far above the default; a diagnostic beats a crash.
        problems.error(DiagnosticCode.TOO_DEEPLY_NESTED, "",
            "The definition nests too deeply to be built");
      }
      diagnostics.addAll(problems.all());
    }
    diagnostics.sort(Comparator.comparingLong(d -> d.span().offset()));
    return new ParseResult(name, src, root, model, map, diagnostics);
  }

  private static TreeReader.Result readTree(String src, String name, Factories f) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return read(f.yaml, src, f.maxDepth);
    }
    if (firstNonWhitespace(src) == '{') {
      return read(f.json, src, f.maxDepth);
    }
    // Neither a YAML file name nor an object: YAML if it reads as a YAML mapping, otherwise let
    // the JSON reader explain what is wrong (AWS reports "not a definition" as INVALID_JSON).
    TreeReader.Result yaml = read(f.yaml, src, f.maxDepth);
    if (yaml.firstToken() == JsonToken.START_OBJECT) {
      return yaml;
    }
    return read(f.json, src, f.maxDepth);
  }

  private static TreeReader.Result read(JsonFactory factory, String src, int maxDepth) {
    try (JsonParser p = factory.createParser(src)) {
      return TreeReader.read(p, maxDepth, src.length());
    } catch (IOException | RuntimeException e) {
      // createParser/close on a String do not fail in practice; stay total anyway.
      List<Diagnostic> d = List.of(new Diagnostic(DiagnosticCode.INVALID_JSON_DESCRIPTION,
          Severity.ERROR, String.valueOf(e.getMessage()), "", SourceSpan.UNKNOWN));
      return new TreeReader.Result(null, null, java.util.Map.of(), java.util.Map.of(), d);
    }
  }

  private static char firstNonWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c;
      }
    }
    return 0;
  }

  private static ParseResult failed(String name, String src, DiagnosticCode code, String msg) {
    Diagnostic d = new Diagnostic(code, Severity.ERROR, msg, "", SourceSpan.UNKNOWN);
    return new ParseResult(name, src, null, Optional.empty(), SourceMap.empty(), List.of(d));
  }
}
