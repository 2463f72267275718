package dev.asl4j.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the shared benchmark workloads: the directory named by the system property {@value
 * #PROPERTY}, else {@code ../shared/bench/workloads} seen from the repository root (tried from the
 * current directory and from one level below it, so both the root and {@code asl-bench/} work).
 */
public final class Workloads {
  /** System property naming the workloads directory. */
  public static final String PROPERTY = "asl4j.bench.workloads";

  private Workloads() {}

  /** The workloads directory. */
  public static Path directory() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null) {
      return requireDirectory(Path.of(configured));
    }
    for (Path candidate :
        List.of(Path.of("..", "shared", "bench", "workloads"), Path.of("..", "..", "shared", "bench", "workloads"))) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "benchmark workloads not found: run from the repository root or pass -D" + PROPERTY + "=DIR");
  }

  /** A workload file (e.g. {@code big-definition.asl.json}). */
  public static Path file(String name) {
    return directory().resolve(name);
  }

  /** A workload file's text. */
  public static String read(String name) {
    try {
      return Files.readString(file(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path requireDirectory(Path p) {
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException(PROPERTY + " is not a directory: " + p);
    }
    return p;
  }
}
