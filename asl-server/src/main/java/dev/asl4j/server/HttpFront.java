package dev.asl4j.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * The AWS JSON 1.0 protocol on one HTTP exchange: {@code POST} (any path, any Host, signed or
 * not) with {@code X-Amz-Target: AWSStepFunctions.<Operation>}; answers 200 with the result or
 * 400 {@code {"__type", "message"}}. Bodies over the limit are read (up to 64 MiB) and refused; an operation that
 * answers later (a long poll, a synchronous execution) is written when its future completes.
 * Unexpected exceptions become a 500 {@code InternalFailure} naming the exception class, never a
 * stack trace.
 */
final class HttpFront {
  static final String CONTENT_TYPE = "application/x-amz-json-1.0";
  private static final String PREFIX = "AWSStepFunctions.";
  private static final System.Logger LOG = System.getLogger("dev.asl4j.server");

  private final Map<String, Op> ops;
  private final int maxBody;

  HttpFront(Map<String, Op> ops, int maxBody) {
    this.ops = ops;
    this.maxBody = maxBody;
  }

  void handle(HttpExchange x) {
    CompletionStage<ObjectNode> answer;
    try {
      answer = dispatch(x);
    } catch (ApiError e) {
      answer = CompletableFuture.failedFuture(e);
    } catch (RuntimeException e) {
      answer = CompletableFuture.failedFuture(e);
    }
    answer.whenComplete((body, err) -> write(x, body, err));
  }

  private CompletionStage<ObjectNode> dispatch(HttpExchange x) {
    String target = x.getRequestHeaders().getFirst("X-Amz-Target");
    String name = target != null && target.startsWith(PREFIX) ? target.substring(PREFIX.length()) : null;
    Op op = name == null ? null : ops.get(name);
    if (op == null) {
      throw new ApiError("UnknownOperationException",
          target == null ? "Missing X-Amz-Target header" : "Unknown operation: " + Req.abbreviate(target));
    }
    return op.call(new Req(readBody(x)));
  }

  /** Drained before answering that a body is too large, so the client reads the answer. */
  private static final long MAX_DRAIN = 64L << 20;

  private ObjectNode readBody(HttpExchange x) {
    byte[] bytes;
    try (InputStream in = x.getRequestBody()) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      long total = 0;
      int n;
      while ((n = in.read(chunk)) > 0 && total <= MAX_DRAIN) {
        total += n;
        if (total <= maxBody) {
          buf.write(chunk, 0, n);
        }
      }
      if (total > maxBody) {
        throw tooLarge(total);
      }
      bytes = buf.toByteArray();
    } catch (IOException e) {
      throw ApiError.serialization("Could not read the request body: " + e.getMessage());
    }
    if (bytes.length == 0) {
      return Core.object();
    }
    JsonNode n;
    try {
      n = Core.JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw ApiError.serialization("Malformed JSON request body: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiError.serialization("Could not read the request body: " + e.getMessage());
    }
    if (n == null || !n.isObject()) {
      throw ApiError.serialization("The request body must be a JSON object");
    }
    return (ObjectNode) n;
  }

  private ApiError tooLarge(long size) {
    return new ApiError("ValidationException", "Request body of "
        + (size > MAX_DRAIN ? "over " + MAX_DRAIN : String.valueOf(size))
        + " bytes exceeds the maximum of " + maxBody + " bytes");
  }

  private static void write(HttpExchange x, ObjectNode body, Throwable err) {
    int status = 200;
    ObjectNode out = body;
    Throwable e = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
    if (e instanceof ApiError) {
      ApiError a = (ApiError) e;
      status = a.status();
      out = error(a.code(), a.getMessage());
      x.getResponseHeaders().set("x-amzn-ErrorType", a.code());
    } else if (e != null) {
      LOG.log(System.Logger.Level.ERROR, "request failed", e);
      status = 500;
      out = error("InternalFailure", "The server failed on this request: " + e.getClass().getName());
    }
    send(x, status, CONTENT_TYPE, Core.text(out).getBytes(StandardCharsets.UTF_8));
  }

  static ObjectNode error(String code, String message) {
    ObjectNode o = Core.object();
    o.put("__type", code);
    o.put("message", message);
    return o;
  }

  static void send(HttpExchange x, int status, String type, byte[] bytes) {
    try {
      x.getResponseHeaders().set("Content-Type", type);
      x.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
      x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream os = x.getResponseBody()) {
          os.write(bytes);
        }
      }
    } catch (IOException e) {
      // the client went away: nothing left to tell it
    } finally {
      x.close();
    }
  }
}
