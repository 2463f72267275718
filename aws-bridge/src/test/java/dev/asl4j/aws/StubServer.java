package dev.asl4j.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * A local HTTP server on 127.0.0.1 and a free port that records every request and answers with
 * {@code answer}: the stand-in for an AWS service in tests (nothing reaches AWS).
 */
public final class StubServer implements AutoCloseable {
  /** One recorded request. */
  public record Request(String method, String path, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      for (var e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return e.getValue().get(0);
        }
      }
      return null;
    }

    /** The operation of an AWS JSON-protocol call: {@code X-Amz-Target: Service.Operation}. */
    public String target() {
      String t = header("X-Amz-Target");
      return t == null ? null : t.substring(t.indexOf('.') + 1);
    }
  }

  /** An answer: status, headers, body. */
  public record Response(int status, Map<String, String> headers, String body) {
    public static Response json(int status, String body) {
      return new Response(status, Map.of("Content-Type", "application/json"), body);
    }
  }

  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final List<Request> requests = new ArrayList<>();

  public StubServer(Function<Request, Response> answer) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> handle(ex, answer));
    server.setExecutor(pool);
    server.start();
  }

  private void handle(HttpExchange ex, Function<Request, Response> answer) throws IOException {
    try (ex) {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Request r = new Request(ex.getRequestMethod(), ex.getRequestURI().getRawPath(),
          Map.copyOf(ex.getRequestHeaders()), body);
      synchronized (requests) {
        requests.add(r);
      }
      Response out;
      try {
        out = answer.apply(r);
      } catch (RuntimeException e) {
        out = Response.json(599, "{\"message\":\"stub failed: " + e + "\"}");
      }
      byte[] bytes = out.body().getBytes(StandardCharsets.UTF_8);
      out.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      ex.getResponseHeaders().putIfAbsent("x-amzn-RequestId", List.of("req-" + requests.size()));
      ex.sendResponseHeaders(out.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream os = ex.getResponseBody()) {
          os.write(bytes);
        }
      }
    }
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
