package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskRequest;

/**
 * Lets one handler serve a function both ways AWS calls it: registered under the function's ARN
 * (or name), it also answers {@code arn:aws:states:::lambda:invoke} tasks naming that function in
 * {@code FunctionName}: it gets the {@code Payload} and its result is wrapped the way the
 * optimized integration returns it ({@code {"Payload": ..., "StatusCode": 200, ...}}).
 */
final class LambdaInvokeAdapter {
  private LambdaInvokeAdapter() {}

  static TaskHandler find(EngineCore engine, JsonNode params) {
    JsonNode fnNode = params == null ? null : params.get("FunctionName");
    if (fnNode == null || !fnNode.isTextual()) {
      return null;
    }
    String fn = fnNode.textValue();
    TaskHandler h = engine.handler(fn);
    if (h == null) {
      String wanted = functionName(fn);
      for (String key : engine.handlerKeys()) {
        if (key.contains(":function:") && functionName(key).equals(wanted)) {
          h = engine.handler(key);
          break;
        }
      }
    }
    if (h == null) {
      return null;
    }
    TaskHandler target = h;
    if (HandlerPool.isSynchronous(target)) { // stays synchronous: runs on the handler threads
      return req -> wrap(target.handle(unwrap(req, params)));
    }
    return TaskHandler.async(
        req -> target.handleAsync(unwrap(req, params)).thenApply(LambdaInvokeAdapter::wrap));
  }

  private static TaskRequest unwrap(TaskRequest req, JsonNode params) {
    JsonNode payload = params.get("Payload");
    if (payload == null) {
      payload = JsonNodeFactory.instance.objectNode();
    }
    return new TaskRequest(req.stateName(), req.resource(), payload, req.taskToken(),
        req.attempt(), req.context(), req.timeout(), req.heartbeat(), req.credentials(),
        req.callback());
  }

  static ObjectNode wrap(JsonNode result) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("ExecutedVersion", "$LATEST");
    o.set("Payload", result);
    ObjectNode http = o.putObject("SdkHttpMetadata");
    http.putObject("HttpHeaders").put("Content-Type", "application/json");
    http.put("HttpStatusCode", 200);
    o.putObject("SdkResponseMetadata").put("RequestId", "");
    o.put("StatusCode", 200);
    return o;
  }

  /** {@code arn:...:function:name[:qualifier]} or {@code name[:qualifier]} → {@code name}. */
  static String functionName(String s) {
    int i = s.indexOf(":function:");
    String rest = i >= 0 ? s.substring(i + ":function:".length()) : s;
    int q = rest.indexOf(':');
    return q >= 0 ? rest.substring(0, q) : rest;
  }
}
