package dev.asl4j.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefinitionSubstitutionsTest {
  @Test
  void replacesTextuallySoUnquotedPlaceholdersBecomeNumbers() {
    var r = DefinitionSubstitutions.apply("{\"Resource\":\"${Fn}\",\"MaxAttempts\":${N}}",
        Map.of("Fn", "arn:aws:lambda:us-east-1:1:function:f", "N", "3"));
    assertThat(r.text()).isEqualTo("{\"Resource\":\"arn:aws:lambda:us-east-1:1:function:f\",\"MaxAttempts\":3}");
    assertThat(r.missing()).isEmpty();
    assertThat(r.unused()).isEmpty();
  }

  @Test
  void missingPlaceholdersAreListedWithTheirLinesAndUnusedValuesReported() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("A", "1");
    values.put("Typo", "2");
    var r = DefinitionSubstitutions.apply("{\n\"a\": \"${A}\",\n\"b\": \"${B}\",\n\"c\": \"${C}\"}", values);
    assertThat(r.missing()).containsExactly("B (line 3)", "C (line 4)");
    assertThat(r.unused()).containsExactly("Typo");
    assertThat(r.text()).contains("\"${B}\"").contains("\"a\": \"1\"");
  }

  @Test
  void valuesAreInsertedLiterallyEvenWithDollarsAndBackslashes() {
    var r = DefinitionSubstitutions.apply("\"${X}\"", Map.of("X", "$1\\n"));
    assertThat(r.text()).isEqualTo("\"$1\\n\"");
  }

  @Test
  void jsonPathAndJsonataTextIsNoPlaceholder() {
    String text = "{\"Parameters\":{\"a.$\":\"$.x\",\"b\":\"{% $states.input %}\"}}";
    var r = DefinitionSubstitutions.apply(text, Map.of());
    assertThat(r.text()).isEqualTo(text);
    assertThat(r.missing()).isEmpty();
  }
}
