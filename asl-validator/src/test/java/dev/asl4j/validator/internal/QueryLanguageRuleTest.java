package dev.asl4j.validator.internal;

import static dev.asl4j.parser.DiagnosticCode.FIELD_NOT_ALLOWED_IN_QUERY_LANGUAGE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryLanguageRuleTest {
  @Test
  void aJsonPathStateInAJsonataMachineIsRefusedWithAwsMessage() {
    Check c = Check.of("""
        {"QueryLanguage": "JSONata", "StartAt": "Pass", "States": {
          "Pass": {"Type": "Pass", "QueryLanguage": "JSONPath", "End": true}}}
        """);
    assertThat(c.at(FIELD_NOT_ALLOWED_IN_QUERY_LANGUAGE)).containsExactly("/States/Pass");
    assertThat(c.messages(FIELD_NOT_ALLOWED_IN_QUERY_LANGUAGE)).containsExactly(
        "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine");
  }

  @Test
  void aJsonataMapDoesNotMakeItsChildrenJsonata() {
    Check c = Check.of("""
        {"StartAt": "Map", "QueryLanguage": "JSONPath", "States": {
          "Map": {"Type": "Map", "QueryLanguage": "JSONata", "End": true, "ItemProcessor": {
            "ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Pass",
            "States": {"Pass": {"QueryLanguage": "JSONPath", "Type": "Pass", "End": true,
                                "InputPath": "$.x"}}}}}}
        """);
    assertThat(c.all()).isEmpty();
  }

  @Test
  void jsonPathFieldsAreRefusedInJsonata() {
    Check c = Check.of("""
        {"QueryLanguage": "JSONata", "StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "C",
                "InputPath": "$.a", "ResultPath": "$.r", "TimeoutSecondsPath": "$.t",
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.e", "Next": "C"}]},
          "C": {"Type": "Choice", "Default": "M", "Choices": [
            {"Variable": "$.a", "StringEquals": "x", "Next": "M"},
            {"Condition": "{% true %}", "Next": "M"}]},
          "M": {"Type": "Map", "End": true, "ItemsPath": "$.items",
                "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                  "Parameters": {"Bucket": "b"}, "ReaderConfig": {"MaxItemsPath": "$.n"}},
                "ItemBatcher": {"MaxItemsPerBatchPath": "$.b"},
                "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED"}, "StartAt": "I",
                  "States": {"I": {"Type": "Succeed"}}}}}}
        """);
    assertThat(c.at(FIELD_NOT_ALLOWED_IN_QUERY_LANGUAGE)).containsExactlyInAnyOrder(
        "/States/T", "/States/T", "/States/T", "/States/T/Catch/0", "/States/C/Choices/0",
        "/States/C/Choices/0", "/States/M", "/States/M/ItemReader",
        "/States/M/ItemReader/ReaderConfig", "/States/M/ItemBatcher");
    assertThat(c.messages(FIELD_NOT_ALLOWED_IN_QUERY_LANGUAGE)).contains(
        "The QueryLanguage is set to 'JSONata', but field 'InputPath' is only supported for the"
            + " 'JSONPath' QueryLanguage",
        "The QueryLanguage is set to 'JSONata', but field 'MaxItemsPerBatchPath' is only"
            + " supported for the 'JSONPath' QueryLanguage");
  }

  @Test
  void jsonataFieldsAreRefusedInJsonPath() {
    Check c = Check.of("""
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "C",
                "Arguments": {}, "Output": {},
                "Catch": [{"ErrorEquals": ["States.ALL"], "Output": {}, "Next": "C"}]},
          "C": {"Type": "Choice", "Default": "M", "Choices": [
            {"Condition": true, "Output": {}, "Next": "M"}]},
          "M": {"Type": "Map", "End": true, "Items": [1, 2],
                "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Succeed"}}}}}}
        """);
    assertThat(c.at(FIELD_NOT_ALLOWED_IN_QUERY_LANGUAGE)).containsExactlyInAnyOrder(
        "/States/T", "/States/T", "/States/T/Catch/0", "/States/C/Choices/0",
        "/States/C/Choices/0", "/States/M");
    assertThat(c.messages(FIELD_NOT_ALLOWED_IN_QUERY_LANGUAGE)).contains(
        "The QueryLanguage is set to 'JSONPath', but field 'Output' is only supported for the"
            + " 'JSONata' QueryLanguage");
  }
}
