package dev.asl4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.asl4j.interpreter.testcase.TestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds and reads JSON test cases in the conformance format. A case's {@code definition} is the
 * definition itself, or a string: the path of a definition file (JSON or YAML) relative to the
 * case file.
 */
final class CaseFiles {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private CaseFiles() {}

  /** A case file that cannot be turned into a {@link TestCase}; the message says why. */
  static final class BadCaseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String name;

    BadCaseException(String name, String message) {
      super(message);
      this.name = name;
    }

    /** The case name when the file told it, else the file name without {@code .json}. */
    String caseName() {
      return name;
    }
  }

  /**
   * The case files: a file operand as given, a directory's {@code *.json} files below it
   * (recursively, sorted, each as the directory joined with the rest). A file named twice is
   * taken once.
   */
  static List<Path> expand(List<String> operands) throws IOException, UsageException {
    Map<Path, Path> byIdentity = new LinkedHashMap<>();
    for (String operand : operands) {
      Path p = Path.of(operand);
      if (Files.isDirectory(p)) {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(p)) {
          found =
              walk.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                  .filter(Files::isRegularFile)
                  .sorted()
                  .toList();
        }
        for (Path f : found) {
          byIdentity.putIfAbsent(f.toAbsolutePath().normalize(), f);
        }
      } else if (Files.exists(p)) {
        byIdentity.putIfAbsent(p.toAbsolutePath().normalize(), p);
      } else {
        throw new UsageException("no such file or directory: " + operand);
      }
    }
    return new ArrayList<>(byIdentity.values());
  }

  /** Reads one case, resolving a definition given as a path. */
  static TestCase read(Path file) throws BadCaseException {
    String fallback = file.getFileName().toString().replaceFirst("(?i)\\.json$", "");
    JsonNode json;
    try {
      json = JsonArgs.parse(Files.readString(file), "malformed case");
    } catch (IOException e) {
      throw new BadCaseException(fallback, "cannot read the file (" + JsonArgs.describe(e) + ")");
    } catch (UsageException e) {
      throw new BadCaseException(fallback, e.getMessage());
    }
    if (!json.isObject()) {
      throw new BadCaseException(fallback, "a test case must be a JSON object");
    }
    String name = json.path("name").isTextual() ? json.get("name").textValue() : fallback;
    JsonNode definition = json.get("definition");
    if (definition == null || definition.isNull()) {
      throw new BadCaseException(name, "no \"definition\"");
    }
    if (!json.path("expected").isObject() || !json.path("expected").path("status").isTextual()) {
      throw new BadCaseException(name, "no \"expected\" object with a \"status\"");
    }
    ObjectNode copy = ((ObjectNode) json).deepCopy();
    copy.put("name", name);
    if (definition.isTextual()) {
      copy.set("definition", definitionFile(file, definition.textValue(), name));
    } else if (!definition.isObject()) {
      throw new BadCaseException(name, "\"definition\" must be an object or a file path");
    }
    try {
      return TestCase.parse(copy);
    } catch (RuntimeException e) {
      throw new BadCaseException(name, "cannot read the case: " + e.getMessage());
    }
  }

  private static JsonNode definitionFile(Path caseFile, String ref, String name)
      throws BadCaseException {
    Path dir = caseFile.toAbsolutePath().getParent();
    Path f = dir == null ? Path.of(ref) : dir.resolve(ref);
    String text;
    try {
      text = Files.readString(f);
    } catch (IOException | RuntimeException e) {
      throw new BadCaseException(name, "cannot read the definition " + ref
          + (e instanceof IOException io ? " (" + JsonArgs.describe(io) + ")" : ""));
    }
    String lower = ref.toLowerCase(Locale.ROOT);
    try {
      if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
        JsonNode n = YAML.readTree(text);
        if (n == null || !n.isObject()) {
          throw new BadCaseException(name, "the definition " + ref + " is not a YAML mapping");
        }
        return n;
      }
      return JsonArgs.parse(text, "the definition " + ref);
    } catch (IOException e) {
      throw new BadCaseException(name, "the definition " + ref + " is not valid YAML: " + e.getMessage());
    } catch (UsageException e) {
      throw new BadCaseException(name, e.getMessage());
    }
  }
}
