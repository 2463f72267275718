package dev.asl4j.validator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.Severity;
import dev.asl4j.parser.SourceMap;
import dev.asl4j.parser.SourceSpan;
import dev.asl4j.parser.model.StateMachineType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationTest {
  private static final String CHOICE_WITH_END = """
      {"StartAt": "C", "States": {"C": {"Type": "Choice", "End": true, "Default": "S",
        "Choices": [{"Variable": "$.a", "IsNull": true, "Next": "S"}]}, "S": {"Type": "Succeed"}}}
      """;

  @Test
  void aProblemTheParserReportedOnItsKeyIsNotRepeated() {
    SourceSpan endKey = new SourceSpan(1, 60, 59);
    SourceMap map = new SourceMap(Map.of("/States/C/End", new SourceSpan(1, 67, 66)),
        Map.of("/States/C/End", endKey));
    Diagnostic parser = new Diagnostic(DiagnosticCode.SCHEMA_VALIDATION_FAILED, Severity.ERROR,
        "Field 'End' is not supported", "/States/C", endKey);
    List<Diagnostic> found = Validation.validate(
        Check.tree(CHOICE_WITH_END), StateMachineType.STANDARD, map, List.of(parser));
    assertThat(found).isEmpty();
  }

  @Test
  void withoutTheParserTheRuleReportsIt() {
    List<Diagnostic> found = Validation.validate(
        Check.tree(CHOICE_WITH_END), StateMachineType.STANDARD, SourceMap.empty(), List.of());
    assertThat(found).extracting(Diagnostic::pointer).containsExactly("/States/C/End");
  }

  @Test
  void samePointerAndAwsCodeIsReportedOnce() {
    Diagnostic parser = new Diagnostic(DiagnosticCode.SCHEMA_VALIDATION_FAILED, Severity.ERROR,
        "x", "/States/C/End", SourceSpan.UNKNOWN);
    assertThat(Validation.validate(Check.tree(CHOICE_WITH_END), StateMachineType.STANDARD,
        SourceMap.empty(), List.of(parser))).isEmpty();
  }

  @Test
  void everyRuleIsRegisteredOnce() {
    assertThat(Validation.rules()).extracting(r -> r.getClass().getSimpleName())
        .doesNotHaveDuplicates().hasSize(14);
  }
}
