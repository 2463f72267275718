package dev.asl4j.interpreter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorMatcherTest {
  private static boolean matches(String error, String... errorEquals) {
    return ErrorMatcher.matches(errorEquals, Failure.of(error, null));
  }

  @Test
  void statesAllCatchesUserAndTaskErrors() {
    assertThat(matches("MyError", "States.ALL")).isTrue();
    assertThat(matches("States.Timeout", "States.ALL")).isTrue();
    assertThat(matches(null, "States.ALL")).isTrue();
  }

  @Test
  void runtimeErrorsAreNeverMatched() {
    assertThat(matches("States.Runtime", "States.ALL")).isFalse();
    assertThat(matches("States.Runtime", "States.Runtime")).isFalse();
  }

  @Test
  void dataLimitExceededOnlyByName() {
    assertThat(matches("States.DataLimitExceeded", "States.ALL")).isFalse();
    assertThat(matches("States.DataLimitExceeded", "States.TaskFailed")).isFalse();
    assertThat(matches("States.DataLimitExceeded", "States.DataLimitExceeded")).isTrue();
  }

  @Test
  void taskFailedMatchesAllButTimeouts() {
    assertThat(matches("Lambda.Unknown", "States.TaskFailed")).isTrue();
    assertThat(matches("States.Timeout", "States.TaskFailed")).isFalse();
  }

  @Test
  void heartbeatTimeoutMatchesOnlyHeartbeatExpiry() {
    assertThat(ErrorMatcher.matches(new String[] {"States.HeartbeatTimeout"},
        new Failure("States.Timeout", null, true))).isTrue();
    assertThat(matches("States.Timeout", "States.HeartbeatTimeout")).isFalse();
  }

  @Test
  void namesAreCaseSensitive() {
    assertThat(matches("myerror", "MyError")).isFalse();
  }
}
