package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.asl4j.interpreter.spi.TaskFailedException;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskRequest;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Task handlers that misbehave: throw, return junk or too much, never answer, answer twice. */
class TaskFaultTest {
  private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:work";
  private static final String LIMIT_CAUSE = "The state/task '" + FN
      + "' returned a result with a size exceeding the maximum number of bytes service limit.";
  private final VirtualTimeScheduler time = new VirtualTimeScheduler();
  private final AtomicInteger ends = new AtomicInteger();

  private AslEngine engine(TaskHandler handler) {
    return AslEngine.builder().scheduler(time).taskHandler(FN, handler)
        .listener(new ExecutionListener() {
          @Override
          public void onEvent(Execution execution, HistoryEvent event) {}

          @Override
          public void onEnd(Execution execution, ExecutionResult result) {
            ends.incrementAndGet();
          }
        }).build();
  }

  /** A machine: Task T with {@code fields}, then End; its catchers may go to Pass state C. */
  private static StateMachineDefinition task(AslEngine engine, String fields) {
    String catchers = fields.contains("'Catch'") ? ""
        : ",'Catch':[{'ErrorEquals':['NeverThrown'],'Next':'C'}]";
    return engine.load(Json.parse("{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + FN
        + "'" + fields + catchers + ",'End':true},'C':{'Type':'Pass','End':true}}}"));
  }

  private static List<String> types(ExecutionResult r) {
    return r.history().stream().map(HistoryEvent::type).collect(Collectors.toList());
  }

  private static HistoryEvent last(ExecutionResult r, String type) {
    return r.history().stream().filter(e -> e.type().equals(type)).reduce((a, b) -> b).orElseThrow();
  }

  @Test
  void aRuntimeExceptionFailsTheTaskAsTaskFailedAndTheHostCarriesOn() {
    AslEngine engine = engine(r -> {
      if (r.input().path("bad").asBoolean()) {
        throw new IllegalArgumentException("amount must be positive");
      }
      return r.input();
    });
    StateMachineDefinition d = task(engine, "");
    ExecutionResult r = d.run(Json.parse("{'bad':true}"));
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.error()).isEqualTo("States.TaskFailed");
    assertThat(r.cause()).isEqualTo("java.lang.IllegalArgumentException: amount must be positive");
    assertThat(last(r, "LambdaFunctionFailed").details().path("error").asText())
        .isEqualTo("States.TaskFailed");
    // The same engine and definition keep working.
    assertThat(d.run(Json.parse("{'bad':false}")).output()).isEqualTo(Json.parse("{'bad':false}"));
    assertThat(ends).hasValue(2);
  }

  @Test
  void exceptionsFromHandleAsyncAndFailedStagesAreUnwrapped() {
    TaskHandler throwsFromAsync = new TaskHandler() {
      @Override
      public JsonNode handle(TaskRequest request) {
        throw new AssertionError("not called");
      }

      @Override
      public CompletionStage<JsonNode> handleAsync(TaskRequest request) {
        throw new UnsupportedOperationException("no async here");
      }
    };
    ExecutionResult r = task(engine(throwsFromAsync), "").run(null);
    assertThat(r.error()).isEqualTo("States.TaskFailed");
    assertThat(r.cause()).isEqualTo("java.lang.UnsupportedOperationException: no async here");

    ExecutionResult wrapped = task(engine(TaskHandler.async(req -> CompletableFuture.failedFuture(
        new CompletionException(new IOException("connection reset"))))), "").run(null);
    assertThat(wrapped.error()).isEqualTo("States.TaskFailed");
    assertThat(wrapped.cause()).isEqualTo("java.io.IOException: connection reset");
  }

  @Test
  void taskFailedExceptionSetsTheExactErrorAndCause() {
    ExecutionResult r = task(engine(r0 -> {
      throw new TaskFailedException("Payment.Declined", "card expired");
    }), "").run(null);
    assertThat(r.error()).isEqualTo("Payment.Declined");
    assertThat(r.cause()).isEqualTo("card expired");

    ExecutionResult anonymous = task(engine(r0 -> {
      throw new TaskFailedException(null, null);
    }), ",'Catch':[{'ErrorEquals':['States.ALL'],'Next':'C'}]").run(null);
    assertThat(anonymous.output()).isEqualTo(Json.parse("{'Error':null,'Cause':null}"));
  }

  @Test
  void nullAndMissingResultsAreJsonNull() {
    ExecutionResult nul = task(engine(r -> null), ",'ResultPath':'$.r'").run(Json.parse("{'a':1}"));
    assertThat(nul.output()).isEqualTo(Json.parse("{'a':1,'r':null}"));

    ExecutionResult missing = task(engine(r -> MissingNode.getInstance()), "").run(null);
    assertThat(missing.output()).isEqualTo(NullNode.getInstance());
    assertThat(last(missing, "LambdaFunctionSucceeded").details().path("output").asText())
        .isEqualTo("null");
    assertThat(last(missing, "ExecutionSucceeded").toJson().toString()).contains("\"output\":\"null\"");
  }

  @Test
  void aHandlerThatReturnsNoStageFailsTheTaskCatchably() {
    TaskHandler noStage = new TaskHandler() {
      @Override
      public JsonNode handle(TaskRequest request) {
        return null;
      }

      @Override
      public CompletionStage<JsonNode> handleAsync(TaskRequest request) {
        return null;
      }
    };
    ExecutionResult r = task(engine(noStage),
        ",'Catch':[{'ErrorEquals':['States.TaskFailed'],'Next':'C'}]").run(null);
    assertThat(r.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.output().path("Error").asText()).isEqualTo("States.TaskFailed");
    assertThat(r.output().path("Cause").asText()).startsWith("java.lang.NullPointerException");
  }

  @Test
  void aJvmErrorFromAHandlerEndsTheExecutionNotTheHost() {
    AtomicInteger calls = new AtomicInteger();
    AslEngine engine = engine(r -> {
      if (calls.incrementAndGet() == 1) {
        throw new AssertionError("handler bug");
      }
      return Json.parse("'fine'");
    });
    StateMachineDefinition d = task(engine, ",'Catch':[{'ErrorEquals':['States.ALL'],'Next':'C'}]");
    ExecutionResult r = d.run(null);
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.error()).isEqualTo("States.Runtime");
    assertThat(r.cause()).contains("AssertionError: handler bug");
    assertThat(types(r)).endsWith("ExecutionFailed");
    assertThat(d.run(null).output()).isEqualTo(Json.parse("'fine'"));
  }

  @Test
  void aTenMegabyteResultExceedsTheDataLimitWhichOnlyItsOwnNameCatches() {
    AtomicInteger calls = new AtomicInteger();
    AslEngine engine = engine(r -> {
      calls.incrementAndGet();
      return TextNode.valueOf("x".repeat(10 * 1024 * 1024));
    });
    ExecutionResult r = task(engine, ",'Retry':[{'ErrorEquals':['States.ALL']}],"
        + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'C'}]").run(null);
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.error()).isEqualTo("States.DataLimitExceeded");
    assertThat(r.cause()).isEqualTo(LIMIT_CAUSE);
    assertThat(calls).as("States.ALL does not retry it").hasValue(1);
    assertThat(types(r)).containsSubsequence("LambdaFunctionFailed", "ExecutionFailed");

    ExecutionResult caught = task(engine,
        ",'Catch':[{'ErrorEquals':['States.DataLimitExceeded'],'Next':'C'}]").run(null);
    assertThat(caught.output().path("Error").asText()).isEqualTo("States.DataLimitExceeded");
    assertThat(caught.output().path("Cause").asText()).isEqualTo(LIMIT_CAUSE);
  }

  @Test
  void aHandlerThatNeverAnswersTimesOutInVirtualTime() {
    ExecutionResult r = task(engine(TaskHandler.async(req -> TaskHandler.hang())),
        ",'TimeoutSeconds':30").run(null);
    assertThat(r.error()).isEqualTo("States.Timeout");
    assertThat(r.cause()).isNull();
    assertThat(Duration.between(last(r, "LambdaFunctionStarted").timestamp(),
        last(r, "LambdaFunctionTimedOut").timestamp())).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aHandlerThatNeverHeartbeatsHitsItsHeartbeatTimeout() {
    AslEngine engine = engine(TaskHandler.async(req -> TaskHandler.hang()));
    ExecutionResult r = task(engine, ",'TimeoutSeconds':300,'HeartbeatSeconds':7,"
        + "'Catch':[{'ErrorEquals':['States.HeartbeatTimeout'],'Next':'C'}]").run(null);
    assertThat(r.output()).isEqualTo(Json.parse("{'Error':'States.Timeout','Cause':''}"));
    assertThat(Duration.between(last(r, "LambdaFunctionStarted").timestamp(),
        last(r, "LambdaFunctionTimedOut").timestamp())).isEqualTo(Duration.ofSeconds(7));
    // A plain task timeout is not a heartbeat timeout.
    ExecutionResult plain = task(engine, ",'TimeoutSeconds':5,"
        + "'Catch':[{'ErrorEquals':['States.HeartbeatTimeout'],'Next':'C'}]").run(null);
    assertThat(plain.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(plain.error()).isEqualTo("States.Timeout");
  }

  @Test
  void aResultArrivingAfterTheTimeoutIsIgnored() {
    CompletableFuture<JsonNode> late = new CompletableFuture<>();
    Execution ex = task(engine(TaskHandler.async(req -> late)), ",'TimeoutSeconds':10").start(null);
    time.advance(Duration.ofSeconds(10));
    assertThat(ex.status()).isEqualTo(ExecutionStatus.FAILED);
    int events = ex.history().size();
    late.complete(Json.parse("'too late'"));
    assertThat(ex.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(ex.result().orElseThrow().error()).isEqualTo("States.Timeout");
    assertThat(ex.history()).hasSize(events);
    assertThat(ends).hasValue(1);
  }

  @Test
  void aFutureCompletedTwiceCountsOnce() {
    ExecutionResult r = task(engine(TaskHandler.async(req -> {
      CompletableFuture<JsonNode> f = new CompletableFuture<>();
      new Thread(() -> {
        f.complete(Json.parse("'first'"));
        f.complete(Json.parse("'second'"));
        f.completeExceptionally(new IllegalStateException("third"));
      }).start();
      return f;
    })), "").run(null);
    assertThat(r.output()).isEqualTo(Json.parse("'first'"));
    assertThat(types(r).stream().filter(t -> t.equals("LambdaFunctionSucceeded"))).hasSize(1);
    assertThat(ends).hasValue(1);
  }

  @Test
  void aStageThatCallsBackTwiceCountsOnceAndTimeStillMoves() {
    CompletableFuture<JsonNode> real = new CompletableFuture<>();
    CompletionStage<JsonNode> stutter = new CompletableFuture<JsonNode>() {
      @Override
      public CompletableFuture<JsonNode> whenComplete(
          java.util.function.BiConsumer<? super JsonNode, ? super Throwable> action) {
        return real.whenComplete((v, e) -> {
          action.accept(v, e);
          action.accept(v, e); // a broken stage implementation
        });
      }

      @Override
      public CompletableFuture<JsonNode> toCompletableFuture() {
        return real;
      }
    };
    AslEngine engine = engine(TaskHandler.async(req -> stutter));
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'T','States':{'T':{'Type':"
        + "'Task','Resource':'" + FN + "','Next':'W'},'W':{'Type':'Wait','Seconds':60,'End':true}}}"));
    Execution ex = d.start(null);
    real.complete(Json.parse("'once'"));
    ExecutionResult r = ex.awaitResult(Duration.ofSeconds(5));
    assertThat(r.output()).isEqualTo(Json.parse("'once'"));
    assertThat(types(r).stream().filter(t -> t.equals("LambdaFunctionSucceeded"))).hasSize(1);
    assertThat(Duration.between(ex.startTime(), last(r, "WaitStateExited").timestamp()))
        .isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void aHandlerAnsweringOnAnotherThreadIsNotTimedOutByVirtualTime() throws Exception {
    List<String> threads = new CopyOnWriteArrayList<>();
    ExecutionResult r = task(engine(TaskHandler.async(req -> CompletableFuture.supplyAsync(() -> {
      threads.add(Thread.currentThread().getName());
      return Json.parse("{'from':'elsewhere'}");
    }, CompletableFuture.delayedExecutor(30, java.util.concurrent.TimeUnit.MILLISECONDS)))),
        ",'TimeoutSeconds':1").run(null);
    assertThat(r.output()).isEqualTo(Json.parse("{'from':'elsewhere'}"));
    assertThat(threads).hasSize(1).doesNotContain(Thread.currentThread().getName());
  }

  @Test
  void retryAndCatchSeeEachFaultByItsName() {
    List<Instant> attempts = new CopyOnWriteArrayList<>();
    AslEngine engine = engine(TaskHandler.async(req -> {
      attempts.add(time.now());
      switch (req.attempt()) {
        case 0:
          return CompletableFuture.failedFuture(new IllegalStateException("boom"));
        case 1:
          return CompletableFuture.failedFuture(new TaskFailedException("Flaky", "again"));
        case 2:
          return TaskHandler.hang();
        default:
          return CompletableFuture.completedFuture(TextNode.valueOf("y".repeat(300_000)));
      }
    }));
    ExecutionResult r = task(engine, ",'TimeoutSeconds':20,'Retry':["
        + "{'ErrorEquals':['States.Timeout'],'IntervalSeconds':3},"
        + "{'ErrorEquals':['Flaky'],'IntervalSeconds':2},"
        + "{'ErrorEquals':['States.TaskFailed'],'IntervalSeconds':1,'MaxAttempts':1},"
        + "{'ErrorEquals':['States.ALL'],'IntervalSeconds':4}],"
        + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'C'}]").run(null);
    assertThat(attempts).hasSize(4);
    Instant t0 = attempts.get(0);
    assertThat(attempts).containsExactly(t0, t0.plusSeconds(1), t0.plusSeconds(3),
        t0.plusSeconds(3 + 20 + 3));
    // The data limit is neither retried by States.ALL nor caught by it.
    assertThat(r.error()).isEqualTo("States.DataLimitExceeded");
  }

  @Test
  void heartbeatTimeoutsAreRetriedThenCaught() {
    List<Instant> attempts = new CopyOnWriteArrayList<>();
    AslEngine engine = engine(TaskHandler.async(req -> {
      attempts.add(time.now());
      return TaskHandler.hang();
    }));
    ExecutionResult r = task(engine, ",'HeartbeatSeconds':5,'Retry':[{'ErrorEquals':"
        + "['States.HeartbeatTimeout'],'IntervalSeconds':1,'BackoffRate':2,'MaxAttempts':2}],"
        + "'Catch':[{'ErrorEquals':['States.Timeout'],'ResultPath':'$.err','Next':'C'}]")
        .run(Json.parse("{}"));
    Instant t0 = attempts.get(0);
    assertThat(attempts).containsExactly(t0, t0.plusSeconds(5 + 1), t0.plusSeconds(6 + 5 + 2));
    assertThat(r.output()).isEqualTo(Json.parse("{'err':{'Error':'States.Timeout','Cause':''}}"));
  }
}
