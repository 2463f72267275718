package dev.asl4j.testing;

import dev.asl4j.parser.model.StateMachine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What lives as long as a test class: where definitions are found, their text (read once), the
 * validation failures already reported, and the coverage collected across all its tests.
 */
final class ClassState {
  private final String definitionsDir;
  private final ClassLoader loader;
  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final Map<String, AssertionError> invalid = new LinkedHashMap<>();
  private final Map<String, CoverageCollector> coverage = new LinkedHashMap<>();

  /** A definition's text and the file name diagnostics show. */
  record Source(String text, String fileName) {}

  ClassState(String definitionsDir, ClassLoader loader) {
    this.definitionsDir = definitionsDir == null ? "" : definitionsDir;
    this.loader = loader;
  }

  /** Finds {@code definition}: definitionsDir on the classpath, classpath root, then files. */
  synchronized Source source(String definition) {
    Source s = sources.get(definition);
    if (s != null) {
      return s;
    }
    List<String> tried = new ArrayList<>();
    String dir = definitionsDir.isEmpty() || definitionsDir.endsWith("/")
        ? definitionsDir : definitionsDir + "/";
    for (String name : dir.isEmpty() ? List.of(definition) : List.of(dir + definition, definition)) {
      String res = name.startsWith("/") ? name.substring(1) : name;
      tried.add("classpath:" + res);
      try (InputStream in = loader.getResourceAsStream(res)) {
        if (in != null) {
          s = new Source(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
          break;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read classpath resource " + res, e);
      }
    }
    if (s == null) {
      for (String name : dir.isEmpty() ? List.of(definition) : List.of(dir + definition, definition)) {
        Path p = Path.of(name);
        tried.add(p.toAbsolutePath().toString());
        if (Files.isRegularFile(p)) {
          try {
            s = new Source(Files.readString(p, StandardCharsets.UTF_8), name);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
          }
          break;
        }
      }
    }
    if (s == null) {
      throw new AssertionError("state machine definition \"" + definition + "\" not found; tried "
          + String.join(", ", tried));
    }
    sources.put(definition, s);
    return s;
  }

  synchronized AssertionError invalid(String definition) {
    return invalid.get(definition);
  }

  synchronized void markInvalid(String definition, AssertionError e) {
    invalid.put(definition, e);
  }

  /** The collector of {@code definition}, made on first use. */
  synchronized CoverageCollector coverage(String definition, StateMachine model) {
    return coverage.computeIfAbsent(definition, d -> new CoverageCollector(d, model));
  }

  synchronized List<CoverageCollector> collectors() {
    return new ArrayList<>(coverage.values());
  }
}
