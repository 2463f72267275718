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

  /**
   * Reads one case, resolving a definition given as a path: inside the case's directory unless
   * {@code allowOutside}. Parse errors give a position, never the content (the file may be
   * anything).
   */
  static TestCase read(Path file, boolean allowOutside) throws BadCaseException {
    String fallback = file.getFileName().toString().replaceFirst("(?i)\\.json$", "");
    JsonNode json;
    try {
      json = JsonArgs.parseQuietly(CliFiles.text(file), "malformed case");
    } catch (CliFiles.Unreadable e) {
      throw new BadCaseException(fallback, "cannot read the file (" + e.getMessage() + ")");
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
      copy.set("definition", definitionFile(file, definition.textValue(), name, allowOutside));
    } else if (!definition.isObject()) {
      throw new BadCaseException(name, "\"definition\" must be an object or a file path");
    }
    try {
      return TestCase.parse(copy);
    } catch (RuntimeException e) {
      throw new BadCaseException(name, "cannot read the case: " + e.getMessage());
    }
  }

  private static JsonNode definitionFile(Path caseFile, String ref, String name,
      boolean allowOutside) throws BadCaseException {
    Path dir = caseFile.toAbsolutePath().getParent();
    Path f;
    try {
      f = dir == null ? Path.of(ref) : dir.resolve(ref);
      if (!allowOutside && !inside(dir, f)) {
        throw new BadCaseException(name, "the definition " + ref + " is outside the case's"
            + " directory (absolute, with .., or a symbolic link leading out); pass"
            + " --allow-outside to read it");
      }
    } catch (java.nio.file.InvalidPathException e) {
      throw new BadCaseException(name, "the definition " + ref + " is not a file path");
    }
    String text;
    try {
      text = CliFiles.text(f);
    } catch (CliFiles.Unreadable e) {
      throw new BadCaseException(name, "cannot read the definition " + ref + " (" + e.getMessage()
          + ")");
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
      return JsonArgs.parseQuietly(text, "the definition " + ref);
    } catch (IOException e) { // no parser message: it would quote the file, which may be anything
      throw new BadCaseException(name, "the definition " + ref + " is not valid YAML"
          + JsonArgs.location(e));
    } catch (UsageException e) {
      throw new BadCaseException(name, e.getMessage());
    }
  }

  /** Whether {@code f}, symbolic links followed, lies in {@code dir}; a missing file is judged by its path. */
  private static boolean inside(Path dir, Path f) {
    if (dir == null) {
      return !f.isAbsolute() && !f.normalize().startsWith("..");
    }
    try {
      Path realDir = dir.toRealPath();
      Path real = Files.exists(f) ? f.toRealPath() : f.toAbsolutePath().normalize();
      return real.startsWith(realDir);
    } catch (IOException e) {
      return false;
    }
  }
}
