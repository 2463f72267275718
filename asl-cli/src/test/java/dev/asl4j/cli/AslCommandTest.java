package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AslCommandTest {
  @Test
  void noSubcommandIsAUsageError() {
    CliRunner.Run r = CliRunner.fake();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required subcommand").contains("validate");
  }

  @Test
  void unknownSubcommandIsAUsageError() {
    assertThat(CliRunner.fake("frobnicate").exit()).isEqualTo(2);
  }

  @Test
  void versionComesFromTheBuild() {
    CliRunner.Run r = CliRunner.fake("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("asl4j ").doesNotContain("${").doesNotContain("unknown");
  }

  @Test
  void helpListsSubcommands() {
    CliRunner.Run r = CliRunner.fake("help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("validate");
  }
}
