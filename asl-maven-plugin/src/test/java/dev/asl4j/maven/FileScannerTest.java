package dev.asl4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileScannerTest {
  @TempDir Path base;

  @Test
  void doubleStarMatchesZeroOrMoreDirectories() throws IOException {
    touch("src/main/resources/top.asl.json", "src/main/resources/a/b/deep.asl.yml",
        "src/main/resources/other.json", "target/classes/copy.asl.json");
    assertThat(names(List.of("src/main/resources/**/*.asl.{json,yml}"), List.of()))
        .containsExactly("src/main/resources/a/b/deep.asl.yml", "src/main/resources/top.asl.json");
  }

  @Test
  void excludesWin() throws IOException {
    touch("src/main/resources/keep.asl.json", "src/main/resources/wip/skip.asl.json");
    assertThat(names(ValidateMojo.DEFAULT_INCLUDES, List.of("**/wip/**")))
        .containsExactly("src/main/resources/keep.asl.json");
  }

  @Test
  void leadingDoubleStarAndTrailingSlash() throws IOException {
    touch("flows/x.asl.json", "src/y.asl.json");
    assertThat(names(List.of("**/*.asl.json"), List.of())).containsExactly("flows/x.asl.json", "src/y.asl.json");
    assertThat(names(List.of("./flows/"), List.of())).containsExactly("flows/x.asl.json");
  }

  @Test
  void literalPrefixIsTheWalkRoot() {
    assertThat(new FileScanner.Pattern("src/main/resources/**/*.asl.json").literalPrefix)
        .isEqualTo("src/main/resources/");
    assertThat(new FileScanner.Pattern("*.asl.json").literalPrefix).isEmpty();
    assertThat(new FileScanner.Pattern("a/b{1,2}/c.json").literalPrefix).isEqualTo("a/");
  }

  @Test
  void missingRootIsNoMatch() throws IOException {
    assertThat(names(ValidateMojo.DEFAULT_INCLUDES, List.of())).isEmpty();
  }

  private List<String> names(List<String> inc, List<String> exc) throws IOException {
    return new FileScanner(base, inc, exc).scan().stream()
        .map(p -> base.toAbsolutePath().relativize(p).toString().replace('\\', '/'))
        .toList();
  }

  private void touch(String... paths) throws IOException {
    for (String p : paths) {
      Path f = base.resolve(p);
      Files.createDirectories(f.getParent());
      Files.writeString(f, "{}");
    }
  }
}
