package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.spi.RealTimeScheduler;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Synchronous handlers run on the engine's handler threads, apart from the threads that drive
 * executions: one that blocks delays nobody else, and its TimeoutSeconds, a stop() or the
 * execution's timeout still end it. Each wait here is ended by the engine's own timers.
 */
class HandlerThreadsTest {
  private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:slow";
  private final CountDownLatch never = new CountDownLatch(1);
  private final RealTimeScheduler time = new RealTimeScheduler();

  @AfterEach
  void release() {
    never.countDown();
    time.close();
  }

  private JsonNode block() {
    try {
      never.await(); // a handler that never returns by itself
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Json.parse("{}");
  }

  private static String task(String extra) {
    return "{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + FN + "'" + extra
        + ",'End':true}}}";
  }

  @Test
  void aBlockedHandlerTimesOutAndDelaysNoOtherExecution() {
    AslEngine engine = AslEngine.builder().scheduler(time).taskHandler(FN, r -> block()).build();
    StateMachineDefinition slow = engine.load(Json.parse(task(",'TimeoutSeconds':1")));
    StateMachineDefinition wait = engine.load(Json.parse(
        "{'StartAt':'W','States':{'W':{'Type':'Wait','Seconds':1,'End':true}}}"));

    Execution[] blocked = new Execution[4];
    for (int i = 0; i < blocked.length; i++) {
      blocked[i] = slow.start(null); // returns although the handler never does
    }
    long t0 = System.nanoTime();
    ExecutionResult waited = wait.start(null).awaitResult(Duration.ofSeconds(30));
    assertThat(waited.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
    for (Execution e : blocked) {
      ExecutionResult r = e.awaitResult(Duration.ofSeconds(30));
      assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(r.error()).isEqualTo("States.Timeout");
      assertThat(r.history()).extracting(HistoryEvent::type).contains("LambdaFunctionTimedOut");
    }
  }

  @Test
  void stopWhileAHandlerRunsAbortsTheExecution() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    AslEngine engine = AslEngine.builder().scheduler(time).taskHandler(FN, r -> {
      entered.countDown();
      return block();
    }).build();
    Execution ex = engine.load(Json.parse(task(""))).start(null);
    assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
    ex.stop("Halt", "by the test");
    ExecutionResult r = ex.awaitResult(Duration.ofSeconds(30));
    assertThat(r.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(r.error()).isEqualTo("Halt");
    assertThat(r.history()).extracting(HistoryEvent::type).endsWith("ExecutionAborted");
  }

  @Test
  void stopFromInsideAnInlineHandlerAbortsTheExecution() {
    AtomicReference<Execution> self = new AtomicReference<>();
    AslEngine engine = AslEngine.builder().scheduler(new VirtualTimeScheduler())
        .listener((execution, event) -> self.compareAndSet(null, execution))
        .taskHandler(FN, r -> {
          self.get().stop("Halt", "from the handler");
          return Json.parse("{'done':true}");
        }).build();
    ExecutionResult r = engine.load(Json.parse(task(""))).run(null);
    assertThat(r.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(r.cause()).isEqualTo("from the handler");
  }

  @Test
  void theExecutionTimeoutEndsAHandlerWithoutTimeoutSeconds() {
    AslEngine engine = AslEngine.builder().scheduler(time).taskHandler(FN, r -> block()).build();
    ExecutionResult r = engine.load(Json.parse(
            "{'TimeoutSeconds':1,'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + FN
                + "','End':true}}}"))
        .start(null).awaitResult(Duration.ofSeconds(30));
    assertThat(r.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
  }

  @Test
  void aStackOverflowInAHandlerFailsItsTaskNotTheInput() {
    TaskHandler deep = new TaskHandler() {
      @Override
      public JsonNode handle(dev.asl4j.interpreter.spi.TaskRequest r) {
        return recurse(0);
      }

      private JsonNode recurse(int n) {
        return n < 0 ? null : recurse(n + 1);
      }
    };
    for (AslEngine engine : new AslEngine[] {
        AslEngine.builder().scheduler(time).taskHandler(FN, deep).build(),
        AslEngine.builder().scheduler(new VirtualTimeScheduler()).taskHandler(FN, deep).build()}) {
      ExecutionResult r =
          engine.load(Json.parse(task(""))).start(null).awaitResult(Duration.ofSeconds(30));
      assertThat(r.error()).isEqualTo("States.TaskFailed");
      assertThat(r.cause()).contains("StackOverflowError").doesNotContain("nested");
    }
  }

  @Test
  void handlerThreadsAreBounded() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> AslEngine.builder().handlerThreads(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("handlerThreads (-1)");
  }
}
