package dev.asl4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's headless Chromium driven over the DevTools protocol with the JDK's WebSocket client:
 * open a page, evaluate JavaScript in it, wait for a condition. A fresh profile per instance.
 */
final class Chromium implements AutoCloseable {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final Map<Integer, CompletableFuture<JsonNode>> waiting;
  private final AtomicInteger ids = new AtomicInteger();

  private Chromium(Process process, Path profile, WebSocket socket,
      Map<Integer, CompletableFuture<JsonNode>> waiting) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
    this.waiting = waiting;
  }

  /** Why Chromium cannot run here, or null when it can (installing Debian's package if allowed). */
  static String unavailable() {
    if (!Files.isExecutable(BINARY)) {
      install();
    }
    return Files.isExecutable(BINARY) ? null
        : "Chromium is not installed at " + BINARY + " and `apt-get install -y chromium` was not possible";
  }

  private static void install() {
    try {
      if (!Files.isExecutable(Path.of("/usr/bin/apt-get"))
          || !"root".equals(System.getProperty("user.name"))) {
        return;
      }
      Process p = new ProcessBuilder("apt-get", "install", "-y", "chromium")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
      }
    } catch (IOException e) {
      // not installable: the caller skips
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts Chromium on {@code url} and connects to that page. */
  static Chromium open(URI url) throws Exception {
    Path profile = Files.createTempDirectory("asl4j-chromium-");
    Process p = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + profile, "--remote-debugging-port=0", url.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      Path portFile = profile.resolve("DevToolsActivePort");
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
        if (System.nanoTime() > deadline || !p.isAlive()) {
          throw new IllegalStateException("Chromium did not open its DevTools port");
        }
        Thread.sleep(50);
      }
      int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
      HttpClient http = HttpClient.newHttpClient();
      String page = null;
      while (page == null && System.nanoTime() < deadline) {
        JsonNode list = JSON.readTree(http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
            HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode t : list) {
          if (t.path("type").asText().equals("page") && t.has("webSocketDebuggerUrl")) {
            page = t.path("webSocketDebuggerUrl").asText();
          }
        }
        if (page == null) {
          Thread.sleep(50);
        }
      }
      if (page == null) {
        throw new IllegalStateException("Chromium opened no page");
      }
      Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
      WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(page), new Listener(waiting))
          .get(20, TimeUnit.SECONDS);
      return new Chromium(p, profile, ws, waiting);
    } catch (Exception e) {
      p.destroyForcibly();
      throw e;
    }
  }

  /** Evaluates {@code js} in the page (promises awaited) and answers its value. */
  JsonNode eval(String js) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    waiting.put(id, answer);
    ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", "Runtime.evaluate");
    msg.putObject("params").put("expression", js).put("awaitPromise", true).put("returnByValue", true);
    socket.sendText(msg.toString(), true).get(10, TimeUnit.SECONDS);
    JsonNode r = answer.get(20, TimeUnit.SECONDS);
    if (r.has("error") || r.path("result").has("exceptionDetails")) {
      throw new AssertionError("page error for " + js + ": " + r);
    }
    return r.path("result").path("result").path("value");
  }

  /** Waits until {@code js} is truthy in the page (at most 20 s). */
  void await(String what, String js) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode v = eval("!!(" + js + ")");
      if (v.asBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the page never showed " + what + "; body: "
        + eval("document.body.innerText").asText());
  }

  @Override
  public void close() throws IOException {
    socket.abort();
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (var files = Files.walk(profile)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // a temp profile left behind is harmless
    }
  }

  /** Collects DevTools answers (which may arrive in several frames) by request id. */
  private static final class Listener implements WebSocket.Listener {
    private final Map<Integer, CompletableFuture<JsonNode>> waiting;
    private final StringBuilder text = new StringBuilder();

    Listener(Map<Integer, CompletableFuture<JsonNode>> waiting) {
      this.waiting = waiting;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        try {
          JsonNode m = JSON.readTree(text.toString());
          CompletableFuture<JsonNode> f = m.has("id") ? waiting.remove(m.path("id").asInt()) : null;
          if (f != null) {
            f.complete(m);
          }
        } catch (IOException e) {
          // not a JSON message: ignored
        }
        text.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }
}
