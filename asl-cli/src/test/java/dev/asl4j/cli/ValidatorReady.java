package dev.asl4j.cli;

import dev.asl4j.parser.model.StateMachineType;
import dev.asl4j.validator.AslValidator;
import org.junit.jupiter.api.Assumptions;

/** End-to-end tests skip themselves while the parser or the rules are still stubs. */
final class ValidatorReady {
  private ValidatorReady() {}

  static void assume() {
    boolean ready;
    try {
      AslValidator.create().validate("{}", "probe.asl.json", StateMachineType.STANDARD);
      ready = true;
    } catch (UnsupportedOperationException e) {
      ready = false;
    }
    Assumptions.assumeTrue(ready, "parser/validator not implemented yet");
  }
}
