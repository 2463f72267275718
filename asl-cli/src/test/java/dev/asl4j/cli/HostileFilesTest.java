package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are huge, endless, not files at all, not UTF-8, or unreadable: every command refuses
 * them with a reason, at once, without reading them whole.
 */
class HostileFilesTest {
  private static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\","
      + "\"End\":true}}}";

  @TempDir Path dir;

  @BeforeEach
  void ready() {
    ValidatorReady.assume();
  }

  private Path sparse() throws IOException {
    Path big = dir.resolve("big.asl.json");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(2_200_000_000L); // 2.2 GB claimed, no disk used
    }
    return big;
  }

  @Test
  void aHugeSparseFileIsRefusedByEveryCommand() throws IOException {
    Path big = sparse();
    Path def = Files.writeString(dir.resolve("ok.asl.json"), PASS);
    for (String[] args : new String[][] {
        {"validate", big.toString()},
        {"run", big.toString()},
        {"graph", big.toString()},
        {"test", big.toString()},
        {"run", def.toString(), "--input", "@" + big}}) {
      CliRunner.Run r = CliRunner.real(args);
      String all = r.out() + r.err();
      assertThat(all).as(String.join(" ", args)).contains("larger than 64 MiB");
      assertThat(r.exit()).as(String.join(" ", args)).isIn(1, 2);
    }
  }

  @Test
  void devicesAndFifosAreRefused() throws Exception {
    Path def = Files.writeString(dir.resolve("ok.asl.json"), PASS);
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero here");
    assertThat(CliRunner.real("validate", zero.toString()).err()).contains("not a regular file");
    assertThat(CliRunner.real("run", def.toString(), "--input", "@/dev/zero").err())
        .contains("not a regular file");
    Path fifo = dir.resolve("fifo.asl.json");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "no mkfifo here");
    CliRunner.Run r = CliRunner.real("run", fifo.toString()); // would block for ever if opened
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("not a regular file");
  }

  @Test
  void invalidUtf8IsAnErrorAtItsPosition() throws IOException {
    Path bad = dir.resolve("bad.asl.json");
    byte[] head = "{\"Comment\":\"".getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\",\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}")
        .getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xC3; // a lead byte with no continuation
    System.arraycopy(tail, 0, all, head.length + 1, tail.length);
    Files.write(bad, all);
    CliRunner.Run r = CliRunner.real("validate", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("bad.asl.json:1:13 [INVALID_JSON_DESCRIPTION]")
        .contains("not valid UTF-8");
    assertThat(CliRunner.real("run", bad.toString()).err()).contains("not valid UTF-8");
  }

  @Test
  void oneUnreadableFileDoesNotHideTheOthers() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("defs"));
    Files.writeString(sub.resolve("a.asl.json"), PASS);
    Path locked = Files.writeString(sub.resolve("b.asl.json"), PASS);
    assumeTrue(locked.toFile().setReadable(false, false) && !Files.isReadable(locked),
        "files stay readable here (running as root)");
    CliRunner.Run r = CliRunner.real("validate", sub.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("cannot read").contains("b.asl.json").contains("permission denied");
    assertThat(r.out()).contains("1 file");
  }

  @Test
  void aReportThatCannotBeWrittenIsAClearError() throws IOException {
    Path def = Files.writeString(dir.resolve("ok.asl.json"), PASS);
    assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
    CliRunner.Run r = CliRunner.real("validate", def.toString(), "-o", "/dev/full");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("cannot write the report to /dev/full").doesNotContain("\tat ");
  }
}
