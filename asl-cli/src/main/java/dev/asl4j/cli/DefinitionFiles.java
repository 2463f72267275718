package dev.asl4j.cli;

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
 * Expands command-line operands into definition files: a file is taken whatever its name, a
 * directory means every {@code *.asl.json}, {@code *.asl.yaml} and {@code *.asl.yml} below it,
 * in path order. A file named twice is taken once.
 */
final class DefinitionFiles {
  private static final List<String> SUFFIXES = List.of(".asl.json", ".asl.yaml", ".asl.yml");

  private DefinitionFiles() {}

  /** Thrown when an operand names nothing. */
  static final class MissingFileException extends Exception {
    MissingFileException(String operand) {
      super("no such file or directory: " + operand);
    }
  }

  /** The files, each as the user would write it (the operand, or the operand joined with the rest). */
  static List<Path> expand(List<String> operands) throws IOException, MissingFileException {
    Map<Path, Path> byIdentity = new LinkedHashMap<>();
    for (String operand : operands) {
      Path p = Path.of(operand);
      if (Files.isDirectory(p)) {
        for (Path f : definitionsUnder(p)) {
          byIdentity.putIfAbsent(f.toAbsolutePath().normalize(), f);
        }
      } else if (Files.exists(p)) {
        byIdentity.putIfAbsent(p.toAbsolutePath().normalize(), p);
      } else {
        throw new MissingFileException(operand);
      }
    }
    return new ArrayList<>(byIdentity.values());
  }

  static boolean isDefinitionName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return SUFFIXES.stream().anyMatch(name::endsWith);
  }

  private static List<Path> definitionsUnder(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(f -> isDefinitionName(f) && Files.isRegularFile(f)).sorted().toList();
    }
  }
}
