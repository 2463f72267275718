package dev.asl4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.AslParser;
import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.ParseResult;
import dev.asl4j.parser.SourceSpan;
import org.junit.jupiter.api.Test;

/** Text to tree: formats, limits, positions and the diagnostics of unreadable text. */
class TextReadingTest {
  private static final AslParser PARSER = AslParser.create();
  private static final String PASS_MACHINE =
      "{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": {\"Type\": \"Pass\", \"End\": true}\n  }\n}";

  private static Diagnostic only(ParseResult r) {
    assertThat(r.diagnostics()).hasSize(1);
    return r.diagnostics().get(0);
  }

  @Test
  void emptyTextIsAMissingDescription() {
    ParseResult r = PARSER.parse("", "x.json");
    assertThat(only(r).code()).isEqualTo(DiagnosticCode.MISSING_DESCRIPTION);
    assertThat(r.model()).isEmpty();
    assertThat(r.tree()).isNull();
  }

  @Test
  void blankTextIsNotAnObjectAsAwsSaysIt() {
    Diagnostic d = only(PARSER.parse(" \n\t", "x.json"));
    assertThat(d.code()).isEqualTo(DiagnosticCode.SCHEMA_VALIDATION_FAILED);
    assertThat(d.message()).isEqualTo("Definition must be a valid JSON object");
  }

  @Test
  void nonObjectRootIsRejected() {
    for (String text : new String[] {"[1, 2]", "\"text\"", "42", "null", "true"}) {
      ParseResult r = PARSER.parse(text, "x.json");
      assertThat(only(r).message()).as(text).isEqualTo("Definition must be a valid JSON object");
      assertThat(r.tree()).as(text).isNotNull();
      assertThat(r.model()).isEmpty();
    }
  }

  @Test
  void plainWordsAreInvalidJsonWithAwsPosition() {
    Diagnostic d = only(PARSER.parse("not a definition", "x.json"));
    assertThat(d.code()).isEqualTo(DiagnosticCode.INVALID_JSON_DESCRIPTION);
    assertThat(d.message()).startsWith("Unrecognized token 'not'");
    assertThat(d.span().line()).isEqualTo(1);
    assertThat(d.span().column()).isEqualTo(4);
  }

  @Test
  void malformedJsonReportsLineAndColumn() {
    Diagnostic d = only(PARSER.parse("{\n  \"StartAt\": \"A\",\n  \"States\": }\n", "x.json"));
    assertThat(d.code()).isEqualTo(DiagnosticCode.INVALID_JSON_DESCRIPTION);
    assertThat(d.span().line()).isEqualTo(3);
    assertThat(d.span().column()).isEqualTo(13);
  }

  @Test
  void truncatedJsonIsInvalid() {
    Diagnostic d = only(PARSER.parse("{\"StartAt\": \"A\", \"States\": {", "x.json"));
    assertThat(d.code()).isEqualTo(DiagnosticCode.INVALID_JSON_DESCRIPTION);
  }

  @Test
  void contentAfterTheRootIsInvalid() {
    Diagnostic d = only(PARSER.parse(PASS_MACHINE + " {}", "x.json"));
    assertThat(d.code()).isEqualTo(DiagnosticCode.INVALID_JSON_DESCRIPTION);
  }

  @Test
  void duplicateKeysAreReportedAtTheKey() {
    String text = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\",\n"
        + "  \"Type\": \"Pass\", \"End\": true}}}";
    Diagnostic d = only(PARSER.parse(text, "x.json"));
    assertThat(d.code()).isEqualTo(DiagnosticCode.DUPLICATE_KEY);
    assertThat(d.pointer()).isEqualTo("/States/A/Type");
    assertThat(d.span().line()).isEqualTo(2);
    assertThat(d.span().column()).isEqualTo(3);
  }

  @Test
  void sourceMapKnowsValuesAndKeys() {
    ParseResult r = PARSER.parse(PASS_MACHINE, "x.json");
    assertThat(r.diagnostics()).isEmpty();
    SourceSpan value = r.sourceMap().find("/States/A/Type");
    assertThat(value.line()).isEqualTo(4);
    assertThat(value.column()).isEqualTo(19);
    SourceSpan key = r.sourceMap().findKey("/States/A/Type");
    assertThat(key.column()).isEqualTo(11);
    assertThat(r.sourceMap().find("")).isEqualTo(new SourceSpan(1, 1, 0));
    // unknown pointers fall back to the nearest ancestor
    assertThat(r.sourceMap().find("/States/A/Nope")).isEqualTo(r.sourceMap().find("/States/A"));
  }

  @Test
  void pointersEscapeTildeAndSlash() {
    String text = "{\"StartAt\": \"a/b~c\", \"States\": {\"a/b~c\": {\"Type\": \"Pass\", \"End\": true}}}";
    ParseResult r = PARSER.parse(text, "x.json");
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.model().orElseThrow().states().get("a/b~c").pointer())
        .isEqualTo("/States/a~1b~0c");
    assertThat(r.sourceMap().find("/States/a~1b~0c/Type").column()).isEqualTo(51);
  }

  @Test
  void sizeLimitComesFirst() {
    AslParser small = PARSER.withLimits(64, 100);
    Diagnostic d = only(small.parse("{" + " ".repeat(200) + "oops", "x.json"));
    assertThat(d.code()).isEqualTo(DiagnosticCode.DEFINITION_TOO_LARGE);
  }

  @Test
  void fiftyMegabytesEndInADiagnostic() {
    String huge = "{\"Comment\": \"" + "x".repeat(50 * 1024 * 1024) + "\"}";
    Diagnostic d = only(PARSER.parse(huge, "x.json"));
    assertThat(d.code()).isEqualTo(DiagnosticCode.DEFINITION_TOO_LARGE);
  }

  @Test
  void hundredThousandLevelsOfArraysEndInADiagnostic() {
    int n = 100_000;
    String text = "[".repeat(n) + "]".repeat(n);
    ParseResult r = PARSER.parse(text, "x.json");
    assertThat(only(r).code()).isEqualTo(DiagnosticCode.TOO_DEEPLY_NESTED);
  }

  @Test
  void hundredThousandLevelsInsideADefinitionEndInADiagnostic() {
    int n = 100_000;
    String text = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Result\": "
        + "{\"a\":".repeat(n) + "1" + "}".repeat(n) + ", \"End\": true}}}";
    Diagnostic d = only(PARSER.parse(text, "x.json"));
    assertThat(d.code()).isEqualTo(DiagnosticCode.TOO_DEEPLY_NESTED);
    assertThat(d.pointer()).startsWith("/States/A/Result/a/a/a");
  }

  @Test
  void hundredThousandLevelsOfYamlEndInADiagnostic() {
    int n = 100_000;
    ParseResult r = PARSER.parse("[".repeat(n) + "]".repeat(n), "x.yaml");
    assertThat(r.diagnostics()).isNotEmpty();
    assertThat(r.model()).isEmpty();
  }

  @Test
  void wideArrayNestedDeepStaysCheap() {
    // 400 levels deep, then a million items: recording a 1,000-character pointer per item would
    // take gigabytes; positions beyond the budget fall back to their ancestors instead.
    int depth = 400;
    String open = "{\"a\":".repeat(depth);
    String close = "}".repeat(depth);
    String items = "[" + "0,".repeat(1_000_000) + "0]";
    for (String field : new String[] {"Result", "Parameters"}) {
      String text = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \""
          + field + "\": " + open + items + close + ", \"End\": true}}}";
      long start = System.nanoTime();
      ParseResult r = PARSER.parse(text, "x.json");
      assertThat(r.diagnostics()).isEmpty();
      assertThat(r.model()).isPresent();
      assertThat(r.sourceMap().find("/States/A/Type").isKnown()).isTrue();
      assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(20_000);
    }
  }

  @Test
  void nestingJustInsideTheLimitIsFine() {
    AslParser p = PARSER.withLimits(20, 10_000);
    String ok = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Result\": "
        + "[".repeat(17) + "]".repeat(17) + ", \"End\": true}}}";
    assertThat(p.parse(ok, "x.json").diagnostics()).isEmpty();
    String deep = ok.replace("[".repeat(17), "[".repeat(18)).replace("]".repeat(17), "]".repeat(18));
    assertThat(only(p.parse(deep, "x.json")).code()).isEqualTo(DiagnosticCode.TOO_DEEPLY_NESTED);
  }

  @Test
  void yamlByFileNameOrByShape() {
    String yaml = "StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n";
    ParseResult byName = PARSER.parse(yaml, "m.asl.yaml");
    ParseResult byShape = PARSER.parse(yaml, "m.txt");
    ParseResult json = PARSER.parse(PASS_MACHINE, "m.json");
    assertThat(byName.diagnostics()).isEmpty();
    assertThat(byName.model()).isEqualTo(json.model());
    assertThat(byShape.model()).isEqualTo(json.model());
    assertThat(PARSER.parse(yaml, "m.YML").model()).isEqualTo(json.model());
    SourceSpan type = byName.sourceMap().find("/States/A/Type");
    assertThat(type.line()).isEqualTo(4);
    assertThat(type.column()).isEqualTo(11);
  }

  @Test
  void yamlSyntaxErrorsAreInvalidJsonDescriptions() {
    ParseResult r = PARSER.parse("StartAt: A\nStates: [\n", "m.yaml");
    assertThat(only(r).code()).isEqualTo(DiagnosticCode.INVALID_JSON_DESCRIPTION);
    assertThat(only(r).span().isKnown()).isTrue();
  }

  @Test
  void yamlDuplicateKeysAreReported() {
    ParseResult r = PARSER.parse("StartAt: A\nStartAt: B\nStates: {}\n", "m.yaml");
    assertThat(r.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.DUPLICATE_KEY);
  }

  @Test
  void yamlAliasesAreRejectedRatherThanReadAsTheirNames() {
    String yaml = "StartAt: A\nStates:\n  A: &pass\n    Type: Pass\n    End: true\n  B: *pass\n";
    ParseResult r = PARSER.parse(yaml, "m.yaml");
    Diagnostic d = only(r);
    assertThat(d.code()).isEqualTo(DiagnosticCode.INVALID_JSON_DESCRIPTION);
    assertThat(d.message()).isEqualTo("YAML aliases are not supported (*pass)");
    assertThat(d.pointer()).isEqualTo("/States/B");
    assertThat(r.model()).isEmpty();
  }

  @Test
  void secondYamlDocumentIsUnexpected() {
    Diagnostic d = only(PARSER.parse("StartAt: A\nStates: {}\n---\nfoo: 1\n", "m.yaml"));
    assertThat(d.message()).isEqualTo("Unexpected content after the end of the definition");
  }

  @Test
  void emptyYamlDocumentIsNotAnObject() {
    Diagnostic d = only(PARSER.parse("# nothing here\n", "m.yaml"));
    assertThat(d.message()).isEqualTo("Definition must be a valid JSON object");
  }

  @Test
  void byteOrderMarkIsTolerated() {
    ParseResult r = PARSER.parse("\uFEFF" + PASS_MACHINE, "x.json");
    assertThat(r.model()).isPresent();
  }

  @Test
  void hugeNumbersStayExact() {
    String text = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Result\": "
        + "[1e999, 123456789012345678901234567890, 9007199254740993], \"End\": true}}}";
    ParseResult r = PARSER.parse(text, "x.json");
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.tree().at("/States/A/Result/0").decimalValue().toString()).isEqualTo("1E+999");
    assertThat(r.tree().at("/States/A/Result/1").bigIntegerValue().toString())
        .isEqualTo("123456789012345678901234567890");
    assertThat(r.tree().at("/States/A/Result/2").longValue()).isEqualTo(9007199254740993L);
  }

  @Test
  void diagnosticsComeInDocumentOrder() {
    String text = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Nope\"},"
        + " \"B\": {\"Type\": \"Pass\", \"Bogus\": 1, \"End\": true}}, \"Extra\": 1}";
    ParseResult r = PARSER.parse(text, "x.json");
    assertThat(r.diagnostics()).extracting(Diagnostic::pointer)
        .containsExactly("/States/A/Type", "/States/B", "");
  }
}
