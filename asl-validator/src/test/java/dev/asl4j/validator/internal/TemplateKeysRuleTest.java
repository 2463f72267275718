package dev.asl4j.validator.internal;

import static dev.asl4j.parser.DiagnosticCode.DUPLICATE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateKeysRuleTest {
  @Test
  void aKeyAndItsDollarFormClash() {
    Check c = Check.of("""
        {"StartAt": "P", "States": {
          "P": {"Type": "Pass", "End": true,
                "Parameters": {"msg": {"channel.$": "$.c", "channel": "x"}, "ok.$": "$.o"}}}}
        """);
    assertThat(c.at(DUPLICATE_KEY)).containsExactly("/States/P/Parameters/msg/channel");
  }
}
