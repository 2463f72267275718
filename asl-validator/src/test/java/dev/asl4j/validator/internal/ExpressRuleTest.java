package dev.asl4j.validator.internal;

import static dev.asl4j.parser.DiagnosticCode.EXPRESS_NOT_SUPPORTED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.model.StateMachineType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressRuleTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "arn:aws:states:::states:startExecution.sync|Express state machine does not support '.sync' service integration",
    "arn:aws:states:::states:startExecution.sync:2|Express state machine does not support '.sync' service integration",
    "arn:aws:states:::sqs:sendMessage.waitForTaskToken|'Express state machine does not support ''.waitForTaskToken'' service integration '",
    "arn:aws:states:us-east-1:111111111111:activity:approve|Express state machine does not support Activity ARN",
  })
  void expressRefusesWaitingIntegrations(String resource, String message) {
    String doc = """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "End": true}}}
        """.formatted(resource);
    Check express = Check.of(doc, StateMachineType.EXPRESS);
    assertThat(express.at(EXPRESS_NOT_SUPPORTED)).containsExactly("/States/T/Resource");
    assertThat(express.messages(EXPRESS_NOT_SUPPORTED)).containsExactly(message);
    assertThat(Check.of(doc, StateMachineType.STANDARD).all()).isEmpty();
  }
}
