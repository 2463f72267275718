package dev.asl4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DefinitionsTest {
  @RegisterExtension
  static AslTestExtension asl = AslTestExtension.create().definitionsDir("workflows");

  @Test
  void definitionsDirIsTriedFirst(AslTestEnvironment env) {
    AslExecution ex = env.start("hello.asl.json", "{\"name\":\"Ada\"}");
    AslAssertions.assertThat(ex).succeeded().hasOutput("{\"greeting\":\"hello Ada\"}");
  }

  @Test
  void classpathRootIsTheFallback(AslTestEnvironment env) {
    assertThat(env.load("routing.asl.json").model().states()).containsKey("Route");
  }

  @Test
  void loadIsCachedPerEnvironment(AslTestEnvironment env) {
    assertThat(env.load("routing.asl.json")).isSameAs(env.load("routing.asl.json"));
  }

  @Test
  void invalidDefinitionFailsWithFileLineAndColumn(AslTestEnvironment env) throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/invalid.asl.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] lines = text.split("\n", -1);
    int line = 0;
    int col = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("\"Nowhere\"")) {
        line = i + 1;
        col = lines[i].indexOf("\"Nowhere\"") + 1;
      }
    }
    String where = "invalid.asl.json:" + line + ":" + col + " [MISSING_TRANSITION_TARGET]";
    assertThatThrownBy(() -> env.start("invalid.asl.json", "{}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("invalid state machine definition invalid.asl.json (2 errors)")
        .hasMessageContaining(where)
        .hasMessageContaining("Nowhere")
        .hasMessageContaining("invalid.asl.json:1:1 [MISSING_END_STATE]");
    // cached: the second attempt fails the same way without reloading
    assertThatThrownBy(() -> env.load("invalid.asl.json"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(where);
  }

  @Test
  void missingDefinitionNamesThePlacesTried(AslTestEnvironment env) {
    assertThatThrownBy(() -> env.load("nope.asl.json"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"nope.asl.json\" not found")
        .hasMessageContaining("classpath:workflows/nope.asl.json")
        .hasMessageContaining("classpath:nope.asl.json");
  }

  @Test
  void badJsonArgumentsNameTheArgument(AslTestEnvironment env) {
    assertThatThrownBy(() -> env.start("hello.asl.json", "{oops"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("execution input is not valid JSON: {oops");
  }

  @Test
  void environmentOutsideJUnit() {
    AslTestEnvironment env = AslTestEnvironment.create();
    AslExecution ex = env.start("workflows/hello.asl.json", "{\"name\":\"Bo\"}");
    AslAssertions.assertThat(ex).succeeded().hasOutputAt("$.greeting", "\"hello Bo\"");
  }
}
