package dev.asl4j.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.TaskTokenException;
import dev.asl4j.interpreter.spi.TaskFailedException;
import dev.asl4j.interpreter.spi.TaskHandler;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The crash test's work: the order-saga and order-approval samples with handlers whose outcome
 * depends only on the order id, so an uninterrupted run tells what every execution must end with.
 * With an executor the handlers answer a few milliseconds later (a kill then lands while tasks
 * are in flight) and approvals are decided by an "approver" that answers the token later.
 */
final class CrashWorkload {
  static final Path SAGA = Path.of("../samples/order-saga/src/main/resources/order-saga.asl.json");
  static final Path APPROVAL =
      Path.of("../samples/order-approval/src/main/resources/order-approval.asl.json");
  private static final String SAGA_FN = "arn:aws:lambda:us-east-1:123456789:function:";
  private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:";

  private final ScheduledExecutorService later;
  private volatile Supplier<AslEngine> engine;

  /** @param later null: handlers and the approver answer at once, on the calling thread */
  CrashWorkload(ScheduledExecutorService later) {
    this.later = later;
  }

  static ObjectNode sagaInput(int i) {
    String[] fail = {"none", "inventory", "payment", "confirm"};
    return Rows.JSON.createObjectNode().put("orderId", "o-" + i).put("fail", fail[i % 4]);
  }

  static ObjectNode approvalInput(int i) {
    ObjectNode o = Rows.JSON.createObjectNode();
    o.putObject("order").put("orderId", "a-" + i);
    return o;
  }

  AslEngine.Builder register(AslEngine.Builder b, Supplier<AslEngine> engineRef) {
    this.engine = engineRef;
    for (String f : new String[] {"reserve-inventory", "process-payment", "confirm-order",
        "rollback-payment", "rollback-inventory"}) {
      b.taskHandler(SAGA_FN + f, step(f));
    }
    b.taskHandler(FN + "fulfill-order", step("fulfill-order"));
    b.taskHandler("arn:aws:states:::sns:publish", r -> Rows.JSON.createObjectNode());
    b.taskHandler(FN + "request-approval", r -> {
      String token = r.input().path("taskToken").asText();
      String order = r.input().path("order").path("orderId").asText();
      answer(() -> decide(token, order));
      return Rows.JSON.createObjectNode().put("sent", true);
    });
    return b;
  }

  private TaskHandler step(String name) {
    return TaskHandler.async(r -> {
      CompletableFuture<JsonNode> cf = new CompletableFuture<>();
      answer(() -> {
        JsonNode in = r.input();
        if (name.equals(failing(in.path("fail").asText()))) {
          cf.completeExceptionally(new TaskFailedException(name + "Failed", "declined"));
          return;
        }
        ObjectNode out = in.deepCopy();
        ArrayNode steps = out.has("steps") ? (ArrayNode) out.get("steps") : out.putArray("steps");
        steps.add(name);
        cf.complete(out);
      });
      return cf;
    });
  }

  private static String failing(String step) {
    switch (step) {
      case "inventory":
        return "reserve-inventory";
      case "payment":
        return "process-payment";
      case "confirm":
        return "confirm-order";
      default:
        return null;
    }
  }

  private void answer(Runnable r) {
    if (later == null) {
      r.run();
    } else {
      later.schedule(r, 1 + (System.nanoTime() & 3), TimeUnit.MILLISECONDS);
    }
  }

  /** The approver's decision for order {@code a-i}: approve, decline, or reject (failure). */
  void decide(String token, String orderId) {
    int i = Integer.parseInt(orderId.substring(2));
    try {
      switch (i % 3) {
        case 0:
          engine.get().sendTaskSuccess(token, Rows.JSON.createObjectNode().put("approved", true));
          break;
        case 1:
          engine.get().sendTaskSuccess(token, Rows.JSON.createObjectNode().put("approved", false));
          break;
        default:
          engine.get().sendTaskFailure(token, "Rejected", "budget");
      }
    } catch (TaskTokenException gone) {
      // answered before (a resent decision after a restart): nothing to do
    }
  }

  /** Resends the decision of an approval whose approver message a crash lost. */
  void redecide(String token, String orderId) {
    answer(() -> decide(token, orderId));
  }
}
