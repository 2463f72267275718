package dev.asl4j.interpreter.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringMatcherTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "log-2024.txt|log-*.txt|true",
    "log-2024.txt|*.txt|true",
    "log-2024.txt|log*|true",
    "log-2024.txt|*|true",
    "''|*|true",
    "''|''|true",
    "''|a|false",
    "abc|abc|true",
    "abc|ab|false",
    "abc|a*b*c|true",
    "abc|a**c|true",
    "ac|a*b*c|false",
    "a*c|a\\*c|true",
    "abc|a\\*c|false",
    "a\\c|a\\\\c|true",
    "aXbXc|*X*X*|true",
    "aaaa|*a*a*a*a*a|false",
  })
  void matches(String text, String pattern, boolean expected) {
    assertThat(StringMatcher.matches(text, pattern)).isEqualTo(expected);
  }

  @Test
  void openEscapeIsAnError() {
    assertThatThrownBy(() -> StringMatcher.matches("a", "a\\"))
        .isInstanceOfSatisfying(AslException.class,
            e -> assertThat(e.error().name()).isEqualTo("States.Runtime"));
  }

  @Test
  void pathologicalPatternsStayFast() {
    String text = "a".repeat(20_000);
    String pattern = "*a".repeat(200) + "b";
    long start = System.nanoTime();
    assertThat(StringMatcher.matches(text, pattern)).isFalse();
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }
}
