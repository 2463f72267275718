package dev.asl4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void awsNameRules() {
    assertThat(Names.isValid("order-42_v1.0")).isTrue();
    assertThat(Names.isValid("x".repeat(80))).isTrue();
    assertThat(Names.isValid("x".repeat(81))).isFalse();
    assertThat(Names.isValid("")).isFalse();
    for (String bad : new String[] {"a b", "a/b", "a:b", "a#b", "a*b", "a{b", "a\u0001b", "a\u0085b"}) {
      assertThat(Names.isValid(bad)).as(bad).isFalse();
    }
  }
}
