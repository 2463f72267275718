package dev.asl4j.interpreter.testcase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.parser.model.StateMachineType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One JSON test case in the conformance format ({@code conformance/README.md}): a definition, an
 * input, optional Context-object overrides and task mocks, and the outcome AWS produced.
 *
 * <pre>{@code
 * TestCase c = TestCase.read(Path.of("cases/base/test_base.test_state_fail.json"));
 * TestOutcome o = TestCaseRunner.run(c);
 * if (!o.passed()) System.out.println(c.name() + ": " + o.message());
 * }</pre>
 *
 * @param name the case name
 * @param definition the state machine definition
 * @param input the execution input
 * @param context Context-object overrides ({@code Execution}, {@code StateMachine}), or null
 * @param type STANDARD or EXPRESS
 * @param expected what AWS returned
 * @param mocks the {@code mocks} object (per Task state name, responses in attempt order), or null
 * @param requires the feature tags
 * @param history the recorded history (reference only), or null
 */
public record TestCase(
    String name,
    JsonNode definition,
    JsonNode input,
    JsonNode context,
    StateMachineType type,
    Expected expected,
    JsonNode mocks,
    List<String> requires,
    JsonNode history) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public TestCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(expected, "expected");
    requires = List.copyOf(requires);
  }

  /**
   * What AWS returned. {@code hasX} tells whether the case states the field at all.
   *
   * @param status SUCCEEDED, FAILED, TIMED_OUT or ABORTED
   * @param output the output (SUCCEEDED), or null
   * @param error the error name, or null when not stated
   * @param cause the cause, or null when not stated (or only {@code cause_recorded} is given)
   * @param causeRecorded a cause that cannot be reproduced exactly; compared for nothing
   * @param hasOutput whether {@code output} is stated
   */
  public record Expected(
      String status,
      JsonNode output,
      String error,
      String cause,
      String causeRecorded,
      boolean hasOutput) {}

  /** Reads a case file. */
  public static TestCase read(Path file) throws IOException {
    return parse(MAPPER.readTree(Files.readAllBytes(file)));
  }

  /** Builds a case from its JSON form. */
  public static TestCase parse(JsonNode json) {
    JsonNode e = json.path("expected");
    Expected expected =
        new Expected(
            e.path("status").asText("SUCCEEDED"),
            e.get("output"),
            text(e.get("error")),
            text(e.get("cause")),
            text(e.get("cause_recorded")),
            e.has("output"));
    List<String> requires = new ArrayList<>();
    json.path("requires").forEach(r -> requires.add(r.asText()));
    JsonNode type = json.get("state_machine_type");
    JsonNode input = json.has("input") ? json.get("input") : JsonNodeFactory.instance.objectNode();
    return new TestCase(
        json.path("name").asText("unnamed"),
        json.path("definition"),
        input,
        nullIfMissing(json.get("context")),
        type != null && "EXPRESS".equals(type.asText())
            ? StateMachineType.EXPRESS
            : StateMachineType.STANDARD,
        expected,
        nullIfMissing(json.get("mocks")),
        requires,
        nullIfMissing(json.get("history")));
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.isTextual() ? n.textValue() : n.toString();
  }

  private static JsonNode nullIfMissing(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? null : n;
  }
}
