package dev.asl4j.validator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VariablesTest {
  @ParameterizedTest
  @ValueSource(strings = {"x", "orderId", "_private", "número", "変数", "a1_b2"})
  void validNames(String name) {
    assertThat(Variables.problem(name)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "states", "a.b", "a[0]", "1x", "a-b", "a b", "$a"})
  void invalidNames(String name) {
    assertThat(Variables.problem(name)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {80, 81})
  void atMost80Characters(int length) {
    assertThat(Variables.problem("v".repeat(length)) == null).isEqualTo(length <= 80);
  }
}
