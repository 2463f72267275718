package dev.asl4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.spi.TaskFailedException;
import dev.asl4j.interpreter.spi.TaskHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** The sample workflows, their task handlers, and helpers to wait on executions over the SDK. */
final class Flows {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ROLE = "arn:aws:iam::123456789012:role/StepFunctions-local";

  private Flows() {}

  static String sample(String module, String file) {
    try {
      return Files.readString(Path.of("..", "samples", module, "src", "main", "resources", file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The saga's Lambda functions: payment declines amounts over 100, confirm fails for "bad". */
  static Map<String, TaskHandler> sagaHandlers() {
    String fn = "arn:aws:lambda:us-east-1:123456789:function:";
    Map<String, TaskHandler> h = new LinkedHashMap<>();
    h.put(fn + "reserve-inventory", r -> with(r.input(), "reserved", true));
    h.put(fn + "process-payment", r -> {
      if (r.input().path("amount").asDouble() > 100) {
        throw new TaskFailedException("PaymentDeclined", "card declined");
      }
      return with(r.input(), "paid", true);
    });
    h.put(fn + "confirm-order", r -> {
      if (r.input().path("orderId").asText().equals("bad")) {
        throw new TaskFailedException("ConfirmFailed", "warehouse closed");
      }
      return with(r.input(), "confirmed", true);
    });
    h.put(fn + "rollback-payment", r -> with(r.input(), "refunded", true));
    h.put(fn + "rollback-inventory", r -> with(r.input(), "released", true));
    return h;
  }

  static Map<String, TaskHandler> approvalHandlers() {
    Map<String, TaskHandler> h = new LinkedHashMap<>();
    h.put("arn:aws:lambda:us-east-1:123456789012:function:fulfill-order",
        r -> with(r.input(), "fulfilled", true));
    return h;
  }

  static JsonNode with(JsonNode in, String field, boolean value) {
    ObjectNode o = in.isObject() ? ((ObjectNode) in).deepCopy() : JSON.createObjectNode();
    o.put(field, value);
    return o;
  }

  /** Polls DescribeExecution until the execution has ended (at most 20 s). */
  static DescribeExecutionResponse awaitEnd(SfnClient sfn, String arn) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      DescribeExecutionResponse d = sfn.describeExecution(b -> b.executionArn(arn));
      if (d.status() != ExecutionStatus.RUNNING || System.nanoTime() > deadline) {
        return d;
      }
      pause();
    }
  }

  /** Polls the history until an event of {@code type} appears (at most 20 s). */
  static HistoryEvent awaitEvent(SfnClient sfn, String arn, String type) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      for (HistoryEvent e : history(sfn, arn)) {
        if (e.typeAsString().equals(type)) {
          return e;
        }
      }
      pause();
    }
    throw new AssertionError("no " + type + " event in " + arn);
  }

  /** Every event, following nextToken in pages of 3 (so paging is exercised too). */
  static List<HistoryEvent> history(SfnClient sfn, String arn) {
    List<HistoryEvent> all = new ArrayList<>();
    String token = null;
    do {
      String t = token;
      GetExecutionHistoryResponse page =
          sfn.getExecutionHistory(b -> b.executionArn(arn).maxResults(3).nextToken(t));
      all.addAll(page.events());
      token = page.nextToken();
    } while (token != null);
    return all;
  }

  static List<String> types(List<HistoryEvent> events) {
    List<String> t = new ArrayList<>();
    events.forEach(e -> t.add(e.typeAsString()));
    return t;
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
