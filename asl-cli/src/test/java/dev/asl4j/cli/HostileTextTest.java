package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names and messages from definitions and cases reach the terminal escaped, and {@code asl test}
 * keeps a case to its own directory and never quotes a file that is not JSON.
 */
class HostileTextTest {
  /** ESC ] 0 ; ... BEL retitles a terminal; ESC [ 2 K erases the line. */
  private static final String EVIL = "\\u001b]0;pwned\\u0007\\u001b[2K\\rPASS";

  @TempDir Path dir;

  @BeforeEach
  void ready() {
    ValidatorReady.assume();
  }

  private static void assertNoControls(String s) {
    assertThat(s.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r').count())
        .as(s).isZero();
  }

  @Test
  void validateEscapesStateNamesAndSourceLines() throws IOException {
    Path def = Files.writeString(dir.resolve("evil.asl.json"), "{\"StartAt\":\"" + EVIL + "\","
        + "\"States\":{\"" + EVIL + "\":{\"Type\":\"Pass\",\"Next\":\"Nowhere\"}}}");
    CliRunner.Run r = CliRunner.real("validate", def.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertNoControls(r.out().replace(System.lineSeparator(), "\n"));
    assertThat(r.out()).contains("\\u001b]0;pwned\\u0007");
  }

  @Test
  void runEscapesErrorsOnStandardError() throws IOException {
    Path def = Files.writeString(dir.resolve("fail.asl.json"), "{\"StartAt\":\"F\",\"States\":{"
        + "\"F\":{\"Type\":\"Fail\",\"Error\":\"" + EVIL + "\",\"Cause\":\"x\"}}}");
    CliRunner.Run r = RunCli.run("run", def.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertNoControls(r.err().replace(System.lineSeparator(), "\n"));
    assertNoControls(r.out()); // JSON escapes them on its own
    assertThat(r.err()).contains("\\u001b");
  }

  @Test
  void testEscapesCaseNamesAndReasons() throws IOException {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Files.writeString(cases.resolve("c.json"), "{\"name\":\"" + EVIL + "\",\"definition\":"
        + "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}},"
        + "\"expected\":{\"status\":\"FAILED\"}}");
    CliRunner.Run r = CliRunner.real("test", cases.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertNoControls(r.out().replace(System.lineSeparator(), "\n"));
    assertThat(r.out()).startsWith("FAIL ").contains("\\u001b]0;pwned");
  }

  @Test
  void aCaseCannotReadOrQuoteAFileOutsideItsDirectory() throws IOException {
    Files.writeString(dir.resolve("secret.txt"), "hunter2-top-secret");
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Path c = Files.writeString(cases.resolve("steal.json"), "{\"name\":\"steal\",\"definition\":"
        + "\"../secret.txt\",\"expected\":{\"status\":\"SUCCEEDED\"}}");
    CliRunner.Run r = CliRunner.real("test", c.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("outside the case's directory").contains("--allow-outside")
        .doesNotContain("hunter2");

    Path abs = Files.writeString(cases.resolve("abs.json"), "{\"name\":\"abs\",\"definition\":\""
        + dir.resolve("secret.txt").toAbsolutePath().toString().replace("\\", "\\\\")
        + "\",\"expected\":{\"status\":\"SUCCEEDED\"}}");
    assertThat(CliRunner.real("test", abs.toString()).out()).contains("outside the case's directory");

    // allowed out, it is read, but the reason never quotes what is not JSON
    CliRunner.Run allowed = CliRunner.real("test", "--allow-outside", c.toString());
    assertThat(allowed.out()).contains("not valid JSON").doesNotContain("hunter2");
  }

  @Test
  void aSymbolicLinkOutOfTheCaseDirectoryIsRefused() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.asl.json"), "{\"StartAt\":\"hunter2\"}");
    Path cases = Files.createDirectories(dir.resolve("cases"));
    try {
      Files.createSymbolicLink(cases.resolve("def.asl.yaml"), secret);
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.assumeTrue(false, "no symbolic links here");
    }
    Path c = Files.writeString(cases.resolve("link.json"), "{\"name\":\"link\",\"definition\":"
        + "\"def.asl.yaml\",\"expected\":{\"status\":\"SUCCEEDED\"}}");
    CliRunner.Run r = CliRunner.real("test", c.toString());
    assertThat(r.out()).contains("outside the case's directory").doesNotContain("hunter2");
  }
}
