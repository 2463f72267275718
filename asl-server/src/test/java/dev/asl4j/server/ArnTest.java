package dev.asl4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArnTest {
  private static final String SM = "arn:aws:states:us-east-1:123456789012:stateMachine:order";

  @Test
  void machineVersionAndAlias() {
    Arn m = Arn.parse(SM, Arn.STATE_MACHINE);
    assertThat(m.name()).isEqualTo("order");
    assertThat(m.isVersion() || m.isAlias()).isFalse();
    assertThat(Arn.parse(SM + ":3", Arn.STATE_MACHINE).isVersion()).isTrue();
    Arn alias = Arn.parse(SM + ":prod", Arn.STATE_MACHINE);
    assertThat(alias.isAlias()).isTrue();
    assertThat(alias.machineArn()).isEqualTo(SM);
  }

  @Test
  void executionsBelongToTheirMachine() {
    Arn e = Arn.parse(Arn.execution(SM, "run-1", null), Arn.EXECUTION);
    assertThat(e.text()).isEqualTo("arn:aws:states:us-east-1:123456789012:execution:order:run-1");
    assertThat(e.machineArn()).isEqualTo(SM);
    Arn x = Arn.parse(Arn.execution(SM, "run-2", "abc"), Arn.EXPRESS);
    assertThat(x.text()).endsWith(":express:order:run-2:abc");
    assertThat(x.q2()).isEqualTo("abc");
  }

  @Test
  void invalidArnsInAwsWording() {
    assertThatThrownBy(() -> Arn.parse("order", Arn.STATE_MACHINE))
        .hasMessage("Invalid Arn: 'Invalid ARN prefix: order'");
    assertThatThrownBy(() -> Arn.parse(SM, Arn.EXECUTION))
        .hasMessage("Invalid Arn: 'Resource type not valid in this context: stateMachine'");
    assertThatThrownBy(() -> Arn.parse(SM.replace("123456789012", "1"), Arn.STATE_MACHINE))
        .isInstanceOf(ApiError.class).extracting(e -> ((ApiError) e).code()).isEqualTo("InvalidArn");
    assertThatThrownBy(() -> Arn.parse(SM + ":a:b", Arn.STATE_MACHINE)).isInstanceOf(ApiError.class);
    assertThatThrownBy(() -> Arn.parse(SM.replace("order", "a b"), Arn.STATE_MACHINE))
        .isInstanceOf(ApiError.class);
  }

  @Test
  void testCaseSuffix() {
    assertThat(Arn.stripTestCase(SM + "#HappyPath")).isEqualTo(SM);
    assertThat(Arn.testCaseOf(SM + "#HappyPath")).isEqualTo("HappyPath");
    assertThat(Arn.testCaseOf(SM)).isNull();
    assertThat(Arn.testCaseOf(SM + "#")).isNull();
  }
}
