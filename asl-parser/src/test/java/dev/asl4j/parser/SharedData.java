package dev.asl4j.parser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Access to the shared corpora under {@code -Dasl4j.shared}; tests skip when it is absent. */
final class SharedData {
  static final ObjectMapper JSON = new ObjectMapper();

  /** One definition from a corpus. */
  record Definition(String name, String text, boolean flagged) {}

  private SharedData() {}

  /** The shared directory; skips the calling test when it does not exist. */
  static Path root() {
    return SharedCorpus.require(".");
  }

  /** The real-world corpus, flagged per MANIFEST.tsv notes. */
  static List<Definition> realWorld() {
    Path base = root().resolve("corpus/real-world");
    Map<String, String> notes = new HashMap<>();
    for (String line : lines(base.resolve("MANIFEST.tsv"))) {
      String[] cols = line.split("\t", -1);
      if (cols.length >= 9) {
        notes.put(cols[0], cols[8]);
      }
    }
    List<Definition> out = new ArrayList<>();
    for (Path p : files(base, ".json")) {
      String rel = base.relativize(p).toString().replace('\\', '/');
      out.add(new Definition(rel, read(p), isFlagged(notes.getOrDefault(rel, ""))));
    }
    return out;
  }

  /** Rows whose notes say the definition is not valid ASL as found. */
  static boolean isFlagged(String notes) {
    return notes.contains("non-asl-value-in-structural-field")
        || notes.contains("non-object-state")
        || notes.contains("suspect:")
        || notes.contains("unfilled-test-placeholder");
  }

  /** Every {@code definition} of the conformance cases and of the valid validation files. */
  static List<Definition> conformance() {
    Path base = root().resolve("conformance");
    List<Path> paths = new ArrayList<>(files(base.resolve("cases"), ".json"));
    paths.addAll(files(base.resolve("validation/valid"), ".json"));
    List<Definition> out = new ArrayList<>();
    for (Path p : paths) {
      try {
        JsonNode doc = JSON.readTree(p.toFile());
        JsonNode def = doc.get("definition");
        if (def != null) {
          out.add(new Definition(base.relativize(p).toString(),
              JSON.writerWithDefaultPrettyPrinter().writeValueAsString(def), false));
        } else if (doc.has("definition_string")) {
          out.add(new Definition(base.relativize(p).toString(),
              doc.get("definition_string").asText(), false));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
