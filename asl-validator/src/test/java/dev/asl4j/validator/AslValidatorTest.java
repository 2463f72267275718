package dev.asl4j.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.SourceSpan;
import dev.asl4j.parser.model.StateMachineType;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AslValidatorTest {
  private static final AslValidator VALIDATOR = AslValidator.create();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  @Test
  void aValidDefinitionHasNoDiagnostics() {
    ValidationResult r = VALIDATOR.validate("""
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Succeed"}}}
        """, "ok.json", StateMachineType.STANDARD);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.hasErrors()).isFalse();
  }

  @Test
  void textThatIsNotADefinitionGivesOnlyTheParseDiagnostics() {
    assumeTrue(Docs.parserAvailable());
    for (String text : new String[] {"", " ", "not a definition", "[1, 2]", "{\"a\": ", null}) {
      ValidationResult r = VALIDATOR.validate(text, "bad.json", StateMachineType.STANDARD);
      assertThat(r.hasErrors()).as(String.valueOf(text)).isTrue();
      assertThat(r.diagnostics()).extracting(Diagnostic::code).doesNotContain(
          DiagnosticCode.MISSING_END_STATE, DiagnosticCode.MISSING_TRANSITION_TARGET);
    }
  }

  @Test
  void diagnosticsComeSortedByPosition() {
    assumeTrue(Docs.parserAvailable());
    ValidationResult r = VALIDATOR.validate("""
        {
          "StartAt": "A",
          "States": {
            "Z": {"Type": "Pass", "Next": "Nowhere"},
            "A": {"Type": "Pass", "Next": "Z", "End": true},
            "Orphan": {"Type": "Wait", "Seconds": 1, "SecondsPath": "$.s", "End": true}
          }
        }
        """, "sorted.json", StateMachineType.STANDARD);
    List<SourceSpan> spans = r.diagnostics().stream().map(Diagnostic::span).toList();
    assertThat(spans).hasSizeGreaterThanOrEqualTo(4).allMatch(SourceSpan::isKnown);
    for (int i = 1; i < spans.size(); i++) {
      SourceSpan a = spans.get(i - 1);
      SourceSpan b = spans.get(i);
      assertThat(a.line() < b.line() || (a.line() == b.line() && a.column() <= b.column()))
          .as("%s before %s", a, b).isTrue();
    }
    assertThat(r.render()).contains("sorted.json:4:").contains("[MISSING_TRANSITION_TARGET]");
  }

  @Test
  void deeplyNestedInputDoesNotThrow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    ValidationResult r = VALIDATOR.validate("{\"StartAt\": \"A\", \"States\": {\"A\": "
        + "{\"Type\": \"Pass\", \"Result\": " + deep + ", \"End\": true}}}", "deep.json",
        StateMachineType.EXPRESS);
    assertThat(r.hasErrors()).isEqualTo(Docs.parserAvailable());
  }

  @Property(tries = 300)
  void neverThrowsOnArbitraryStructures(@ForAll("definitions") JsonNode definition) {
    String text = definition.toString();
    ValidationResult r = VALIDATOR.validate(Docs.parse(text, "random.json"),
        StateMachineType.EXPRESS);
    assertThat(r.diagnostics()).noneMatch(d -> d.message().startsWith("internal validator error"));
  }

  @Property(tries = 200)
  void neverThrowsOnArbitraryText(@ForAll String text) {
    VALIDATOR.validate(text, "random.json", StateMachineType.STANDARD);
  }

  @Provide
  Arbitrary<JsonNode> definitions() {
    return node(4).map(n -> {
      ObjectNode root = F.objectNode();
      root.put("StartAt", "A");
      root.set("States", n.isObject() ? n : F.objectNode().set("A", n));
      return root;
    });
  }

  private static final String[] KEYS = {"Type", "Next", "End", "Default", "Choices", "Catch",
    "Retry", "ErrorEquals", "Branches", "ItemProcessor", "Iterator", "States", "StartAt",
    "Assign", "Output", "Arguments", "Parameters", "ResultPath", "Resource", "Label",
    "QueryLanguage", "Variable", "And", "Not", "Seconds", "SecondsPath", "ProcessorConfig",
    "Mode", "x.$", "A", "B", "ItemReader", "ReaderConfig", "Condition", "Error", "ErrorPath"};
  private static final String[] STRINGS = {"Pass", "Task", "Choice", "Map", "Parallel", "Wait",
    "Succeed", "Fail", "A", "B", "JSONata", "JSONPath", "DISTRIBUTED", "States.ALL", "$.x",
    "$$.y", "$v", "{% $states.result %}", "{% $$ %}", "States.Format('{}', $v)",
    "arn:aws:states:::dynamodb:query.sync", "", "a/b~c"};

  private static Arbitrary<JsonNode> node(int depth) {
    Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
        Arbitraries.of(STRINGS).map(F::textNode),
        Arbitraries.integers().between(-2, 100).map(F::numberNode),
        Arbitraries.of(F.booleanNode(true), F.booleanNode(false), F.nullNode()));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<JsonNode> child = Arbitraries.lazy(() -> node(depth - 1));
    Arbitrary<JsonNode> object = Arbitraries.of(KEYS).list().ofMaxSize(6)
        .flatMap(keys -> child.list().ofSize(keys.size()).map(values -> {
          ObjectNode o = F.objectNode();
          for (int i = 0; i < keys.size(); i++) {
            o.set(keys.get(i), values.get(i));
          }
          return (JsonNode) o;
        }));
    Arbitrary<JsonNode> array = child.list().ofMaxSize(3).map(items -> {
      ArrayNode a = F.arrayNode();
      items.forEach(a::add);
      return (JsonNode) a;
    });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, leaf), net.jqwik.api.Tuple.of(4, object),
        net.jqwik.api.Tuple.of(1, array));
  }
}
