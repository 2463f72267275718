package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.interpreter.spi.TaskFailedException;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * AWS's retry arithmetic measured on real executions in virtual time: a handler that always fails
 * records the instant of every attempt, so the gaps are the back-off delays the engine chose.
 * Without jitter, the delay before retry n is min(IntervalSeconds × BackoffRate^(n−1),
 * MaxDelaySeconds); with FULL jitter it lies in [0, that]; there are MaxAttempts + 1 attempts.
 */
class RetryTimingProperties {
  private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:flaky";

  @Property(tries = 150)
  void attemptsAndDelaysFollowTheRetrier(
      @ForAll @IntRange(min = 1, max = 30) int interval,
      @ForAll @IntRange(min = 10, max = 40) int rateTenths,
      @ForAll @IntRange(min = 0, max = 6) int maxAttempts,
      @ForAll Optional<@IntRange(min = 1, max = 120) Integer> maxDelay,
      @ForAll boolean fullJitter,
      @ForAll long seed) {
    double rate = rateTenths / 10.0;
    VirtualTimeScheduler time = new VirtualTimeScheduler();
    List<Instant> attempts = new ArrayList<>();
    AslEngine engine = AslEngine.builder().scheduler(time).seed(seed).taskHandler(FN, r -> {
      attempts.add(time.now());
      throw new TaskFailedException("Flaky", "attempt " + r.attempt());
    }).build();
    StringBuilder retrier = new StringBuilder("{'ErrorEquals':['Flaky'],'IntervalSeconds':")
        .append(interval).append(",'BackoffRate':").append(rate).append(",'MaxAttempts':")
        .append(maxAttempts);
    maxDelay.ifPresent(m -> retrier.append(",'MaxDelaySeconds':").append(m));
    retrier.append(",'JitterStrategy':'").append(fullJitter ? "FULL" : "NONE").append("'}");
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'T','States':{'T':{'Type':"
        + "'Task','Resource':'" + FN + "','Retry':[" + retrier + "],'End':true}}}"));

    ExecutionResult r = d.run(null);

    assertThat(r.error()).isEqualTo("Flaky");
    assertThat(r.cause()).isEqualTo("attempt " + maxAttempts);
    assertThat(attempts).hasSize(maxAttempts + 1);
    for (int n = 1; n <= maxAttempts; n++) {
      double seconds = interval * Math.pow(rate, n - 1);
      if (maxDelay.isPresent()) {
        seconds = Math.min(seconds, maxDelay.get());
      }
      Duration cap = Duration.ofMillis((long) Math.ceil(seconds * 1000));
      Duration gap = Duration.between(attempts.get(n - 1), attempts.get(n));
      if (fullJitter) {
        assertThat(gap).as("retry %d", n).isBetween(Duration.ZERO, cap);
      } else {
        assertThat(gap).as("retry %d", n).isEqualTo(cap);
      }
    }
  }

  @Property(tries = 30)
  void maxAttemptsZeroNeverRetriesAndTheCatcherSeesTheFirstError(
      @ForAll @IntRange(min = 1, max = 99) int interval) {
    VirtualTimeScheduler time = new VirtualTimeScheduler();
    List<Instant> attempts = new ArrayList<>();
    AslEngine engine = AslEngine.builder().scheduler(time).taskHandler(FN, r -> {
      attempts.add(time.now());
      throw new TaskFailedException("Flaky", null);
    }).build();
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'T','States':{'T':{'Type':"
        + "'Task','Resource':'" + FN + "','Retry':[{'ErrorEquals':['Flaky'],'MaxAttempts':0},"
        + "{'ErrorEquals':['States.ALL'],'IntervalSeconds':" + interval + "}],"
        + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'C'}],'End':true},"
        + "'C':{'Type':'Pass','End':true}}}"));
    ExecutionResult r = d.run(null);
    // The first matching retrier decides, even when it allows no retry.
    assertThat(attempts).hasSize(1);
    assertThat(r.output()).isEqualTo(Json.parse("{'Error':'Flaky','Cause':null}"));
  }
}
