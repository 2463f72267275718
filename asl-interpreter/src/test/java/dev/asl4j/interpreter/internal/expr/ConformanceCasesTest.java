package dev.asl4j.interpreter.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.parser.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the recorded AWS cases of the intrinsic_functions and choice_operators groups that use only
 * JSONPath Pass/Choice/Succeed/Fail states through {@link MiniMachine}, i.e. through Paths,
 * Templates, Intrinsics and Conditions.
 */
class ConformanceCasesTest {
  /** Cases known not to pass here, with the reason. */
  private static final Map<String, String> KNOWN_GAPS =
      Map.of("test_states_errors.test_start_large_input",
          "the payload size limit (States.DataLimitExceeded) is the engine's, not MiniMachine's");

  @TestFactory
  Stream<DynamicTest> intrinsicFunctions() throws IOException {
    return group("intrinsic_functions");
  }

  @TestFactory
  Stream<DynamicTest> choiceOperators() throws IOException {
    return group("choice_operators");
  }

  /** The few cases of other groups that need nothing beyond Pass/Choice/Succeed/Fail. */
  @TestFactory
  Stream<DynamicTest> otherGroups() throws IOException {
    Stream<DynamicTest> all = Stream.empty();
    for (String g : new String[] {"base", "scenarios", "error_handling", "context_object",
        "comments"}) {
      all = Stream.concat(all, group(g));
    }
    return all;
  }

  private Stream<DynamicTest> group(String group) throws IOException {
    Path dir = SharedCorpus.require("conformance/cases/" + group);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      JsonNode c = TestScope.MAPPER.readTree(file.toFile());
      String name = c.get("name").asText();
      if (!MiniMachine.supports(c.get("definition")) || KNOWN_GAPS.containsKey(name)) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest(name, () -> check(c)));
    }
    System.out.printf("conformance %s: %d of %d cases run here (others need more states)%n",
        group, tests.size(), files.size());
    return tests.stream();
  }

  private static void check(JsonNode c) throws Exception {
    JsonNode input = c.get("input");
    ObjectNode context = TestScope.MAPPER.createObjectNode();
    if (c.has("context")) {
      context.setAll((ObjectNode) c.get("context").deepCopy());
    }
    ObjectNode execution = context.has("Execution")
        ? (ObjectNode) context.get("Execution") : context.putObject("Execution");
    execution.set("Input", input);
    MiniMachine.Outcome out =
        new MiniMachine().run(c.get("definition"), input, new TestScope(context, Map.of()));
    JsonNode expected = c.get("expected");
    assertThat(out.status()).as("%s", out).isEqualTo(expected.get("status").asText());
    if (expected.has("output")) {
      assertThat(Json.equal(out.output(), expected.get("output")))
          .as("output %s, expected %s", out.output(), expected.get("output"))
          .isTrue();
    }
    if (expected.has("error")) {
      assertThat(out.error()).as("%s", out).isEqualTo(expected.get("error").asText());
    }
    if (expected.has("cause")) {
      assertThat(out.cause()).isEqualTo(expected.get("cause").asText());
    }
  }
}
