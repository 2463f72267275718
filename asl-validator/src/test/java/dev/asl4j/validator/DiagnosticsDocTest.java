package dev.asl4j.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/diagnostics.md documents every code, so a new code cannot ship undocumented. */
class DiagnosticsDocTest {
  @Test
  void everyCodeIsDocumented() throws IOException {
    String doc = Files.readString(find());
    List<String> missing = Arrays.stream(DiagnosticCode.values())
        .map(c -> "`" + c.name() + "`")
        .filter(c -> !doc.contains("| " + c + " |"))
        .collect(Collectors.toList());
    assertThat(missing).as("codes without a row in docs/diagnostics.md").isEmpty();
  }

  /** The docs folder of the checkout: the module runs its tests from {@code asl-validator/}. */
  private static Path find() {
    String dir = System.getProperty("maven.multiModuleProjectDirectory");
    if (dir != null && Files.exists(Path.of(dir, "docs", "diagnostics.md"))) {
      return Path.of(dir, "docs", "diagnostics.md");
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("docs/diagnostics.md"))) {
        return p.resolve("docs/diagnostics.md");
      }
    }
    throw new AssertionError("docs/diagnostics.md not found above " + Path.of("").toAbsolutePath());
  }
}
