package dev.asl4j.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asl4j.parser.AslParser;
import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.model.StateMachineType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every diagnostic code has a document that triggers it ({@code codes/CODE/fail*.json}) and a
 * close valid one that does not ({@code pass*.json}); {@code .express.} in the name validates as
 * EXPRESS. Small parser limits let the size and depth documents stay small.
 */
class CodeDocumentsTest {
  /** Codes only the parser reports: their documents need the real parser. */
  private static final Set<DiagnosticCode> PARSER_CODES = EnumSet.of(
      DiagnosticCode.INVALID_JSON_DESCRIPTION, DiagnosticCode.MISSING_DESCRIPTION,
      DiagnosticCode.SCHEMA_VALIDATION_FAILED, DiagnosticCode.TOO_DEEPLY_NESTED,
      DiagnosticCode.DUPLICATE_KEY, DiagnosticCode.DEFINITION_TOO_LARGE,
      DiagnosticCode.INVALID_PATH, DiagnosticCode.INVALID_JSONATA);
  private static final AslValidator VALIDATOR =
      AslValidator.create(AslParser.create().withLimits(32, 4000));

  @TestFactory
  Stream<DynamicNode> everyCodeHasAFailingAndAPassingDocument() {
    return Arrays.stream(DiagnosticCode.values()).flatMap(code -> Stream.of(
        DynamicTest.dynamicTest(code + " fail", () -> check(code, "fail")),
        DynamicTest.dynamicTest(code + " pass", () -> check(code, "pass"))));
  }

  private static void check(DiagnosticCode code, String kind) throws IOException {
    String plain = "/codes/" + code + "/" + kind + ".json";
    String express = "/codes/" + code + "/" + kind + ".express.json";
    boolean isExpress = CodeDocumentsTest.class.getResource(plain) == null;
    String resource = isExpress ? express : plain;
    String text = read(resource);
    assertThat(text).as("missing test document %s or %s", plain, express).isNotNull();
    if (PARSER_CODES.contains(code)) {
      assumeTrue(Docs.parserAvailable(), "needs the parser");
    }
    StateMachineType type = isExpress ? StateMachineType.EXPRESS : StateMachineType.STANDARD;
    ValidationResult r = Docs.parserAvailable()
        ? VALIDATOR.validate(text, resource, type)
        : VALIDATOR.validate(Docs.parse(text, resource), type);
    List<Diagnostic> hits = r.diagnostics().stream().filter(d -> d.code() == code).toList();
    if (kind.equals("fail")) {
      assertThat(hits).as("%s should report %s:%n%s", resource, code, r.render()).isNotEmpty();
    } else {
      assertThat(hits).as("%s should not report %s:%n%s", resource, code, r.render()).isEmpty();
      assertThat(r.errors()).as("%s should be valid:%n%s", resource, r.render()).isEmpty();
    }
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = CodeDocumentsTest.class.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
