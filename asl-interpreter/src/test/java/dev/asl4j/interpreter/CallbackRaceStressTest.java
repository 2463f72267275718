package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.interpreter.spi.RealTimeScheduler;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A thousand callback tasks on real time, with threads racing SendTaskSuccess, SendTaskFailure,
 * SendTaskHeartbeat and StopExecution against each other and against 1 s heartbeat timeouts. Which
 * side wins varies from run to run; what must hold every time: each execution ends exactly once,
 * its end agrees with the callers that were told they won, and every loser hears a {@link
 * TaskTokenException} with one of AWS's codes.
 */
class CallbackRaceStressTest {
  private static final String SQS = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";
  private static final int EXECUTIONS = 1000;
  private static final Set<String> TERMINAL = Set.of("ExecutionSucceeded", "ExecutionFailed",
      "ExecutionAborted", "ExecutionTimedOut");

  /** What one racing call did: returned normally, or which TaskTokenException code it got. */
  private record Call(String action, String payload, boolean won, String code) {}

  private final Map<String, String> tokens = new ConcurrentHashMap<>();
  private final Map<String, Queue<Call>> calls = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> ends = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> completions = new ConcurrentHashMap<>();
  private final Queue<Throwable> escaped = new ConcurrentLinkedQueue<>();
  private final Set<String> stopped = ConcurrentHashMap.newKeySet();
  private final Map<String, Long> started = new ConcurrentHashMap<>();

  @Test
  void everyExecutionEndsOnceAndAgreesWithTheWinner() throws Exception {
    ExecutorService timerPool = Executors.newFixedThreadPool(2);
    ScheduledExecutorService racers = Executors.newScheduledThreadPool(4);
    RealTimeScheduler real = new RealTimeScheduler(Clock.systemUTC(), task -> timerPool.execute(() -> {
      try {
        task.run();
      } catch (Throwable t) { // nothing may escape into the scheduler's threads
        escaped.add(t);
      }
    }));
    try {
      // Handlers inline: every token is issued before start() returns (the race is elsewhere).
      AslEngine engine = AslEngine.builder().scheduler(real).handlerThreads(0)
          .listener(new ExecutionListener() {
            @Override
            public void onEvent(Execution execution, HistoryEvent event) {}

            @Override
            public void onEnd(Execution execution, ExecutionResult result) {
              ends.computeIfAbsent(execution.name(), k -> new AtomicInteger()).incrementAndGet();
            }
          })
          .taskHandler(SQS, r -> {
            tokens.put(r.context().path("Execution").path("Name").asText(),
                r.taskToken().orElseThrow());
            return Json.parse("{'MessageId':'m'}");
          }).build();
      StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'Ask','States':{'Ask':{"
          + "'Type':'Task','Resource':'" + SQS + "','Parameters':{'t.$':'$$.Task.Token'},"
          + "'HeartbeatSeconds':1,'TimeoutSeconds':2,'End':true}}}"));

      List<Execution> executions = new ArrayList<>();
      for (int i = 0; i < EXECUTIONS; i++) {
        started.put("e-" + i, System.nanoTime());
        Execution ex = d.start(null, StartOptions.defaults().withName("e-" + i));
        calls.put(ex.name(), new ConcurrentLinkedQueue<>());
        ex.completion().whenComplete((r, t) ->
            completions.computeIfAbsent(ex.name(), k -> new AtomicInteger()).incrementAndGet());
        executions.add(ex);
      }
      assertThat(tokens).hasSize(EXECUTIONS);
      // On a loaded machine the first heartbeats may expire before the last execution starts;
      // nothing else can have ended an execution yet.
      assertThat(executions).allMatch(ex -> ex.status() == ExecutionStatus.RUNNING
          || "States.Timeout".equals(ex.result().orElseThrow().error()));

      SplittableRandom random = new SplittableRandom(42);
      for (Execution ex : executions) {
        plan(engine, ex, random, racers);
      }

      CompletableFuture<?>[] all = executions.stream()
          .map(ex -> ex.completion().toCompletableFuture()).toArray(CompletableFuture[]::new);
      CompletableFuture.allOf(all).get(30, TimeUnit.SECONDS);
      racers.shutdown();
      assertThat(racers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

      assertThat(escaped).isEmpty();
      Map<ExecutionStatus, Integer> tally = new ConcurrentHashMap<>();
      for (Execution ex : executions) {
        check(engine, ex);
        tally.merge(ex.status(), 1, Integer::sum);
      }
      assertThat(tally.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(EXECUTIONS);
      System.out.println("CallbackRaceStressTest outcomes: " + tally);
    } finally {
      racers.shutdownNow();
      real.close();
      timerPool.shutdownNow();
    }
  }

  /** Schedules the racing calls for one execution; the scenario depends on its number. */
  private void plan(AslEngine engine, Execution ex, SplittableRandom random,
      ScheduledExecutorService racers) {
    String name = ex.name();
    String token = tokens.get(name);
    int scenario = Integer.parseInt(name.substring(2)) % 6;
    long jitter = random.nextLong(0, 40);
    Consumer<Runnable> soon = r -> racers.schedule(r, 50 + jitter, TimeUnit.MILLISECONDS);
    switch (scenario) {
      case 0: // a lone success
        soon.accept(() -> success(engine, name, token, "a"));
        break;
      case 1: // two successes race
        soon.accept(() -> success(engine, name, token, "a"));
        soon.accept(() -> success(engine, name, token, "b"));
        break;
      case 2: // success against stop
        soon.accept(() -> success(engine, name, token, "a"));
        soon.accept(() -> stop(ex));
        break;
      case 3: // success against failure, then a late heartbeat
        soon.accept(() -> success(engine, name, token, "a"));
        soon.accept(() -> failure(engine, name, token));
        racers.schedule(() -> heartbeat(engine, name, token), 300, TimeUnit.MILLISECONDS);
        break;
      case 4: // a heartbeat, then a success within 3 ms of the new heartbeat deadline
        racers.schedule(() -> {
          long beat = System.nanoTime();
          heartbeat(engine, name, token);
          long offset = random(name).nextLong(-3_000_000, 3_000_000);
          racers.schedule(() -> success(engine, name, token, "a"),
              beat + 1_000_000_000L + offset - System.nanoTime(), TimeUnit.NANOSECONDS);
        }, 400 + jitter, TimeUnit.MILLISECONDS);
        break;
      default: // silence, then a success and a heartbeat within 3 ms of the heartbeat deadline
        long at = started.get(name) + 1_000_000_000L + random.nextLong(-3_000_000, 3_000_000);
        racers.schedule(() -> success(engine, name, token, "late"), at - System.nanoTime(),
            TimeUnit.NANOSECONDS);
        racers.schedule(() -> heartbeat(engine, name, token), at - System.nanoTime(),
            TimeUnit.NANOSECONDS);
        break;
    }
  }

  private static SplittableRandom random(String name) {
    return new SplittableRandom(name.hashCode());
  }

  private void success(AslEngine engine, String name, String token, String payload) {
    record(name, "success", payload, () -> engine.sendTaskSuccess(token,
        Json.parse("{'by':'" + payload + "'}")));
  }

  private void failure(AslEngine engine, String name, String token) {
    record(name, "failure", null, () -> engine.sendTaskFailure(token, "Rejected", "racer"));
  }

  private void heartbeat(AslEngine engine, String name, String token) {
    record(name, "heartbeat", null, () -> engine.sendTaskHeartbeat(token));
  }

  private void stop(Execution ex) {
    stopped.add(ex.name());
    record(ex.name(), "stop", null, () -> ex.stop("Stopped", "racer"));
  }

  private void record(String name, String action, String payload, Runnable call) {
    try {
      call.run();
      calls.get(name).add(new Call(action, payload, true, null));
    } catch (TaskTokenException e) {
      calls.get(name).add(new Call(action, payload, false, e.errorCode()));
    } catch (Throwable t) {
      escaped.add(t);
    }
  }

  private void check(AslEngine engine, Execution ex) {
    String name = ex.name();
    assertThat(ends.get(name)).as("onEnd calls of %s", name).hasValue(1);
    assertThat(completions.get(name)).as("completions of %s", name).hasValue(1);
    ExecutionResult r = ex.result().orElseThrow();
    assertThat(r.status()).isEqualTo(ex.status());
    List<HistoryEvent> h = ex.history();
    assertThat(h.stream().filter(e -> TERMINAL.contains(e.type())).count())
        .as("terminal events of %s", name).isEqualTo(1);
    assertThat(TERMINAL).as("last event of %s", name).contains(h.get(h.size() - 1).type());
    assertThat(engine.isTaskTokenOutstanding(tokens.get(name))).isFalse();

    List<Call> cs = new ArrayList<>(calls.get(name));
    List<Call> wonSuccess = cs.stream().filter(c -> c.won && c.action.equals("success")).toList();
    List<Call> wonFailure = cs.stream().filter(c -> c.won && c.action.equals("failure")).toList();
    for (Call c : cs) {
      if (!c.won) {
        assertThat(c.code).as("%s %s", name, c)
            .isIn(TaskTokenException.TASK_DOES_NOT_EXIST, TaskTokenException.TASK_TIMED_OUT);
      }
    }
    // Completing a token is exclusive: at most one caller is told it won.
    assertThat(wonSuccess.size() + wonFailure.size()).as("winners of %s: %s", name, cs)
        .isLessThanOrEqualTo(1);
    switch (r.status()) {
      case SUCCEEDED:
        assertThat(wonSuccess).as("%s succeeded: %s", name, cs).hasSize(1);
        assertThat(r.output()).isEqualTo(Json.parse("{'by':'" + wonSuccess.get(0).payload + "'}"));
        break;
      case ABORTED:
        assertThat(stopped).as("%s aborted without a stop", name).contains(name);
        assertThat(r.error()).isEqualTo("Stopped");
        break;
      case FAILED:
        if ("Rejected".equals(r.error())) {
          assertThat(wonFailure).as("%s rejected: %s", name, cs).hasSize(1);
        } else {
          assertThat(r.error()).as("%s: %s", name, r.cause()).isEqualTo("States.Timeout");
          // A caller told its success or failure was accepted must not then see a timeout.
          assertThat(wonSuccess).as("%s timed out: %s", name, cs).isEmpty();
          assertThat(wonFailure).as("%s timed out: %s", name, cs).isEmpty();
        }
        for (Call c : cs) {
          if (TaskTokenException.TASK_TIMED_OUT.equals(c.code)) {
            assertThat(r.error()).isEqualTo("States.Timeout");
          }
        }
        break;
      default:
        throw new AssertionError(name + " ended " + r.status() + " " + r.error());
    }
    if (r.status() != ExecutionStatus.FAILED || !"States.Timeout".equals(r.error())) {
      assertThat(cs).as("%s: TaskTimedOut without a timeout", name)
          .noneMatch(c -> TaskTokenException.TASK_TIMED_OUT.equals(c.code));
    }
  }
}
