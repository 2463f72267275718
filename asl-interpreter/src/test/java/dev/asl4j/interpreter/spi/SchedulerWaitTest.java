package dev.asl4j.interpreter.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.ExecutionResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wait states and retry back-offs are {@code scheduleWait} timers; timeouts are plain ones. */
class SchedulerWaitTest {
  /** Virtual time that notes, for each timer, its delay and whether it was a wait. */
  private static final class Recording implements Scheduler {
    final VirtualTimeScheduler time = new VirtualTimeScheduler();
    final List<String> timers = new ArrayList<>();

    @Override
    public Instant now() {
      return time.now();
    }

    @Override
    public Cancellable schedule(Instant at, Runnable task) {
      timers.add("timeout " + Duration.between(time.now(), at).toSeconds());
      return time.schedule(at, task);
    }

    @Override
    public Cancellable scheduleWait(Instant at, Runnable task) {
      timers.add("wait " + Duration.between(time.now(), at).toSeconds());
      return time.schedule(at, task);
    }

    @Override
    public boolean advanceToNextTimer() {
      return time.advanceToNextTimer();
    }
  }

  @Test
  void waitsAndBackOffsAreTheOnlyWaitTimers() throws Exception {
    Recording r = new Recording();
    int[] calls = {0};
    AslEngine engine = AslEngine.builder().scheduler(r)
        .taskHandler("arn:aws:lambda:us-east-1:123456789012:function:flaky", req -> {
          if (calls[0]++ == 0) {
            throw new TaskFailedException("Busy", "try again");
          }
          return req.input();
        }).build();
    ExecutionResult res = engine.load(new ObjectMapper().readTree("{\"StartAt\":\"W\",\"States\":{"
        + "\"W\":{\"Type\":\"Wait\",\"Seconds\":30,\"Next\":\"T\"},"
        + "\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:flaky\","
        + "\"TimeoutSeconds\":600,\"Retry\":[{\"ErrorEquals\":[\"Busy\"],\"IntervalSeconds\":7}],"
        + "\"End\":true}}}")).run(null);
    assertThat(res.succeeded()).isTrue();
    assertThat(r.timers).contains("wait 30", "wait 7", "timeout 600");
    assertThat(r.timers.stream().filter(t -> t.startsWith("wait"))).containsExactly("wait 30", "wait 7");
  }
}
