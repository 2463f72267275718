package dev.asl4j.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.Durability;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.interpreter.ExecutionListener;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.HistoryEvent;
import dev.asl4j.interpreter.LoadOptions;
import dev.asl4j.interpreter.StartOptions;
import dev.asl4j.interpreter.StateMachineDefinition;
import dev.asl4j.interpreter.spi.ExecutionPage;
import dev.asl4j.interpreter.spi.StoreException;
import dev.asl4j.interpreter.spi.StoredExecution;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The child JVM of the crash test: opens the store (resuming what a killed predecessor left),
 * re-sends approvals whose answer was lost, starts the executions not yet started, and prints
 * DONE once none is RUNNING, with one ENDED line per execution that ends. The test kills it with
 * SIGKILL at random points of that progress.
 */
public final class CrashWorker {
  private CrashWorker() {}

  public static void main(String[] args) throws Exception {
    String location = args[0];
    int n = Integer.parseInt(args[1]);
    ScheduledExecutorService later = Executors.newScheduledThreadPool(2);
    CrashWorkload w = new CrashWorkload(later);
    JdbcExecutionStore store = JdbcExecutionStore.open(location, StoreOptions.defaults()
        .withOwner("crash-worker").withLease(Duration.ofSeconds(5)));
    AslEngine[] ref = new AslEngine[1];
    // one ENDED line per execution that ends in this life: the test picks its kill point by
    // progress, not by wall time, so the kills land mid-way on a fast machine and a slow one
    ExecutionListener progress = new ExecutionListener() {
      @Override
      public void onEvent(Execution execution, HistoryEvent event) {}

      @Override
      public void onEnd(Execution execution, ExecutionResult result) {
        synchronized (System.out) {
          System.out.println("ENDED");
          System.out.flush();
        }
      }
    };
    AslEngine engine = w.register(AslEngine.builder().store(store).listener(progress),
        () -> ref[0]).build();
    ref[0] = engine;
    StateMachineDefinition saga = engine.load(CrashWorkload.SAGA, LoadOptions.defaults());
    StateMachineDefinition appr = engine.load(CrashWorkload.APPROVAL, LoadOptions.defaults());
    Durability d = engine.durability().orElseThrow();
    synchronized (System.out) {
      System.out.println("READY"); // the test counts ENDED lines from now on
      System.out.flush();
    }
    resendApprovals(d, appr, w);
    ExecutorService starters = Executors.newFixedThreadPool(4);
    for (int i = 0; i < n; i++) {
      int k = i;
      starters.submit(() -> start(d, saga, "saga-" + k, CrashWorkload.sagaInput(k)));
      starters.submit(() -> start(d, appr, "appr-" + k, CrashWorkload.approvalInput(k)));
    }
    starters.shutdown();
    starters.awaitTermination(5, TimeUnit.MINUTES);
    while (!d.list(null, ExecutionStatus.RUNNING, null, 1).executions().isEmpty()) {
      Thread.sleep(20); // test code: poll the store until every execution has ended
    }
    synchronized (System.out) {
      System.out.println("DONE");
      System.out.flush();
    }
    Runtime.getRuntime().halt(0);
  }

  private static void start(Durability d, StateMachineDefinition m, String name, JsonNode in) {
    String arn = m.arn().replace(":stateMachine:", ":execution:") + ":" + name;
    if (d.describe(arn).isPresent()) {
      return; // started by an earlier life of this worker
    }
    try {
      m.start(in, StartOptions.defaults().withName(name));
    } catch (StoreException | IllegalArgumentException e) {
      if (!String.valueOf(e.getMessage()).contains("ExecutionAlreadyExists")) {
        throw e;
      }
    }
  }

  /** A running approval waits on a token whose answer died with the last worker: answer again. */
  private static void resendApprovals(Durability d, StateMachineDefinition appr, CrashWorkload w) {
    String token = null;
    do {
      ExecutionPage p = d.list(appr.arn(), ExecutionStatus.RUNNING, token, 1000);
      for (StoredExecution x : p.executions()) {
        List<HistoryEvent> h = d.history(x.executionArn(), 0, 10_000);
        for (int i = h.size() - 1; i >= 0; i--) {
          HistoryEvent e = h.get(i);
          if (e.type().equals("TaskScheduled")) {
            JsonNode params = parse(e.details().path("parameters").asText());
            w.redecide(params.path("Payload").path("taskToken").asText(),
                params.path("Payload").path("order").path("orderId").asText());
            break;
          }
        }
      }
      token = p.nextToken().orElse(null);
    } while (token != null);
  }

  private static JsonNode parse(String s) {
    try {
      return Rows.JSON.readTree(s);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
