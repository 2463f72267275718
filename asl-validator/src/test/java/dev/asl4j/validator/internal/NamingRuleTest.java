package dev.asl4j.validator.internal;

import static dev.asl4j.parser.DiagnosticCode.DUPLICATE_LABEL_NAME;
import static dev.asl4j.parser.DiagnosticCode.DUPLICATE_STATE_NAME;
import static dev.asl4j.parser.DiagnosticCode.INVALID_LABEL_NAME;
import static dev.asl4j.parser.DiagnosticCode.INVALID_STATE_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamingRuleTest {
  @Test
  void namesAreUniqueAcrossNestedScopes() {
    Check c = Check.of("""
        {"StartAt": "M", "States": {
          "M": {"Type": "Map", "Next": "Final", "Iterator": {"StartAt": "Final",
            "States": {"Final": {"Type": "Pass", "End": true}}}},
          "Final": {"Type": "Pass", "End": true}}}
        """);
    assertThat(c.at(DUPLICATE_STATE_NAME)).containsExactly("/States/Final");
    assertThat(c.messages(DUPLICATE_STATE_NAME).get(0)).startsWith("Duplicate State name: 'Final'");
  }

  @Test
  void namesLongerThan80CharactersAreInvalidButPunctuationIsFine() {
    String longName = "x".repeat(81);
    String odd = q("Is it done? $5 / 10: \"yes\"");
    Check c = Check.of("{\"StartAt\": " + odd + ", \"States\": {" + odd
        + ": {\"Type\": \"Pass\", \"Next\": \"" + longName + "\"}, \"" + longName
        + "\": {\"Type\": \"Pass\", \"End\": true}}}");
    assertThat(c.at(INVALID_STATE_NAME)).containsExactly("/States/" + longName);
    assertThat(c.messages(INVALID_STATE_NAME).get(0)).contains("exceeds the 80-character limit");
    assertThat(c.all()).hasSize(1);
  }

  @Test
  void eightyCharactersAreAllowed() {
    String name = q("é".repeat(80));
    assertThat(Check.of("{\"StartAt\": " + name + ", \"States\": {" + name
        + ": {\"Type\": \"Succeed\"}}}").all()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", ";", ">", "[", "\\", "]", "^", "`", "{", "\"", "|", "}", "$", "%",
      "&", "*", ":", "\n", "\r", "\u0000", "\u001d", "\u007f", "\u0085", "\u009f", "?", "#", "~",
      ",", "/", "<"})
  void labelsRejectTheCharactersAwsRejects(String ch) {
    Check c = Check.of(distributed("label_" + ch));
    assertThat(c.codes()).containsExactly(INVALID_LABEL_NAME);
    assertThat(c.messages(INVALID_LABEL_NAME).get(0)).startsWith("Label contains invalid character");
  }

  @Test
  void labelMessagesMatchTheRecordedOnes() {
    assertThat(Check.of(distributed("")).messages(INVALID_LABEL_NAME))
        .containsExactly("Label cannot be empty");
    assertThat(Check.of(distributed("label_;")).messages(INVALID_LABEL_NAME))
        .containsExactly("Label contains invalid character: ';'");
    assertThat(Check.of(distributed("label_\u0003")).messages(INVALID_LABEL_NAME))
        .containsExactly("Label contains invalid character: '\\x03'");
    assertThat(Check.of(distributed("label_\n")).messages(INVALID_LABEL_NAME))
        .containsExactly("Label contains invalid character: '\\n'");
    assertThat(Check.of(distributed("x".repeat(41))).codes()).containsExactly(INVALID_LABEL_NAME);
    assertThat(Check.of(distributed("x".repeat(40))).all()).isEmpty();
    assertThat(Check.of(distributed("Label-1_ok.é")).all()).isEmpty();
  }

  @Test
  void labelsAreUnique() {
    Check c = Check.of("{\"StartAt\": \"A\", \"States\": {\"A\": " + map("L", "A1", "\"Next\": \"B\"")
        + ", \"B\": " + map("L", "B1", "\"End\": true") + "}}");
    assertThat(c.at(DUPLICATE_LABEL_NAME)).containsExactly("/States/B/Label");
    assertThat(c.codes()).containsExactly(DUPLICATE_LABEL_NAME);
  }

  private static String distributed(String label) {
    return "{\"StartAt\": \"M\", \"States\": {\"M\": " + map(label, "I", "\"End\": true") + "}}";
  }

  private static String map(String label, String inner, String transition) {
    return "{\"Type\": \"Map\", " + transition + ", \"Label\": " + q(label)
        + ", \"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\"}, \"StartAt\": \""
        + inner + "\", \"States\": {\"" + inner + "\": {\"Type\": \"Pass\", \"End\": true}}}}";
  }

  private static String q(String s) {
    return JsonNodeFactory.instance.textNode(s).toString();
  }
}
