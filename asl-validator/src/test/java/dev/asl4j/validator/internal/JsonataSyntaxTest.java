package dev.asl4j.validator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.model.StateMachineType;
import dev.asl4j.parser.spi.JsonataSyntaxChecker;
import dev.asl4j.validator.AslValidator;
import org.junit.jupiter.api.Test;

class JsonataSyntaxTest {
  private final JsonataSyntaxChecker checker = JsonataSyntax.INSTANCE;

  @Test
  void theValidatorRejectsAnUnparseableExpression() {
    String def = "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"X\", \"States\": {\"X\":"
        + " {\"Type\": \"Pass\", \"Output\": \"{% 10 + * 2 %}\", \"End\": true}}}";
    var result = AslValidator.create().validate(def, "bad.asl.json", StateMachineType.STANDARD);
    assertThat(result.diagnostics().toString()).contains("INVALID_JSONATA").contains("Syntax error");
  }

  @Test
  void aValidatorOverAGivenParserChecksToo() {
    String def = "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"X\", \"States\": {\"X\":"
        + " {\"Type\": \"Pass\", \"Output\": \"{% 10 + * 2 %}\", \"End\": true}}}";
    var parser = dev.asl4j.parser.AslParser.create().withLimits(64, 10_000);
    var result = AslValidator.create(parser).validate(def, "bad.asl.json", StateMachineType.STANDARD);
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void acceptsValidExpressions() {
    assertThat(checker.check(" $states.input.a + 1 ")).isEmpty();
    assertThat(checker.check("$partition($range(1, 9, 1), 2)")).isEmpty();
    assertThat(checker.check("($f := function($x){ $x * 2 }; $f(3))")).isEmpty();
  }

  @Test
  void reportsTheParserMessageWithoutTheCode() {
    assertThat(checker.check("10 + * 2")).contains("Syntax error: \"2\"");
    assertThat(checker.check("a[1,2)")).contains("Expected \"]\", got \",\"");
    assertThat(checker.check("'unterminated")).contains("String literal must be terminated by a matching quote");
    assertThat(checker.check("1 +")).contains("Unexpected end of expression");
    assertThat(checker.check("$match('a', /abc")).contains("No terminating / in regular expression");
  }

  @Test
  void survivesHostileNesting() {
    assertThat(checker.check("(".repeat(100_000) + "1" + ")".repeat(100_000))).isPresent();
  }
}
