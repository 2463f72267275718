package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code asl graph -o}: never over its input, never through a link, atomically. */
class GraphOutputTest {
  private static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\","
      + "\"End\":true}}}";

  @TempDir Path dir;

  @BeforeEach
  void ready() {
    ValidatorReady.assume();
  }

  @Test
  void theInputIsNeverOverwritten() throws IOException {
    Path def = Files.writeString(dir.resolve("x.asl.json"), PASS);
    CliRunner.Run r = CliRunner.real("graph", def.toString(), "-o", def.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("is an input of this command");
    assertThat(Files.readString(def)).isEqualTo(PASS);
  }

  @Test
  void aSymbolicLinkIsNotFollowed() throws IOException {
    Path def = Files.writeString(dir.resolve("x.asl.json"), PASS);
    Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
    Path link = dir.resolve("out.mmd");
    try {
      Files.createSymbolicLink(link, victim);
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.assumeTrue(false, "no symbolic links here");
    }
    CliRunner.Run r = CliRunner.real("graph", def.toString(), "-o", link.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("symbolic link");
    assertThat(Files.readString(victim)).isEqualTo("keep me");
  }

  @Test
  void aNewOrExistingFileIsWrittenWholeWithNoTemporaryLeft() throws IOException {
    Path def = Files.writeString(dir.resolve("x.asl.json"), PASS);
    Path out = Files.writeString(dir.resolve("x.mmd"), "old");
    CliRunner.Run r = CliRunner.real("graph", def.toString(), "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(out)).contains("flowchart").doesNotContain("old");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }
}
