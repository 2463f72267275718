package dev.asl4j.validator.internal;

import static dev.asl4j.parser.DiagnosticCode.EXCLUSIVE_FIELDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.Severity;
import org.junit.jupiter.api.Test;

class ExclusiveFieldsRuleTest {
  @Test
  void waitNeedsExactlyOneDuration() {
    Check c = Check.of("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Wait", "Next": "B"},
          "B": {"Type": "Wait", "Seconds": 1, "Timestamp": "2024-01-01T00:00:00Z",
                "TimestampPath": "$.t", "Next": "C"},
          "C": {"Type": "Wait", "TimestampPath": "$.t", "End": true}}}
        """);
    assertThat(c.at(EXCLUSIVE_FIELDS)).containsExactly("/States/A", "/States/B");
    assertThat(c.messages(EXCLUSIVE_FIELDS)).contains("There should only be one of the"
        + " following fields: [Seconds, Timestamp, TimestampPath]");
  }

  @Test
  void valueAndPathFormsExcludeEachOther() {
    Check c = Check.of("""
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "F",
                "TimeoutSeconds": 10, "TimeoutSecondsPath": "$.t",
                "HeartbeatSeconds": 5, "HeartbeatSecondsPath": "$.h"},
          "F": {"Type": "Fail", "Error": "E", "ErrorPath": "$.e", "Cause": "C", "CausePath": "$.c"}}}
        """);
    assertThat(c.at(EXCLUSIVE_FIELDS))
        .containsExactlyInAnyOrder("/States/T", "/States/T", "/States/F", "/States/F");
    assertThat(c.messages(EXCLUSIVE_FIELDS)).contains(
        "There should only be one of the following fields: [TimeoutSeconds, TimeoutSecondsPath]",
        "There should only be one of the following fields: [Error, ErrorPath]");
  }

  @Test
  void heartbeatMustBeBelowTimeout() {
    String doc = """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                "TimeoutSeconds": 10, "HeartbeatSeconds": %d}}}
        """;
    assertThat(Check.of(doc.formatted(10)).at(EXCLUSIVE_FIELDS))
        .containsExactly("/States/T/HeartbeatSeconds");
    assertThat(Check.of(doc.formatted(9)).all()).isEmpty();
  }

  @Test
  void mapFields() {
    Check c = Check.of("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Map", "Next": "B", "ItemSelector": {}, "Parameters": {},
                "MaxConcurrency": 1, "MaxConcurrencyPath": "$.m",
                "ItemProcessor": {"StartAt": "X", "States": {"X": {"Type": "Succeed"}}},
                "Iterator": {"StartAt": "Y", "States": {"Y": {"Type": "Succeed"}}}},
          "B": {"Type": "Map", "End": true,
                "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                  "ReaderConfig": {"MaxItems": 1, "MaxItemsPath": "$.n"}},
                "ItemBatcher": {"MaxItemsPerBatch": 1, "MaxItemsPerBatchPath": "$.b"}}}}
        """);
    assertThat(c.at(EXCLUSIVE_FIELDS)).containsExactlyInAnyOrder(
        "/States/A", "/States/A", "/States/A", "/States/B", "/States/B/ItemReader/ReaderConfig",
        "/States/B/ItemBatcher", "/States/B/ItemReader", "/States/B/ItemBatcher");
  }

  @Test
  void distributedOnlyFieldsOnAnInlineMapAreWarnings() {
    Check c = Check.of("""
        {"StartAt": "M", "States": {
          "M": {"Type": "Map", "End": true, "Label": "L", "ToleratedFailureCount": 1,
                "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "X",
                  "States": {"X": {"Type": "Succeed"}}}}}}
        """);
    assertThat(c.at(EXCLUSIVE_FIELDS)).containsExactly("/States/M/Label");
    assertThat(c.all()).allMatch(d -> d.severity() == Severity.WARNING);
  }
}
