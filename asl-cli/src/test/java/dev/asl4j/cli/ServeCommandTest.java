package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.server.AslServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  /** Runs {@code asl serve ARGS} on a thread until {@code body} is done with the server. */
  private int serve(ServerBody body, String... args) throws Exception {
    ServeCommand serve = new ServeCommand();
    CompletableFuture<AslServer> started = new CompletableFuture<>();
    serve.onStarted = started::complete;
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        return cls == ServeCommand.class ? cls.cast(serve) : CommandLine.defaultFactory().create(cls);
      }
    };
    CommandLine cmd = Main.commandLine(factory);
    StringWriter out = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err, true));
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cmd.execute(args));
    exit.thenRun(() -> started.completeExceptionally(
        new AssertionError("asl serve ended before serving: " + err)));
    try {
      AslServer server = started.get(20, TimeUnit.SECONDS);
      assertThat(out.toString()).contains("console at " + server.endpoint());
      body.run(server.endpoint());
    } finally {
      serve.stop.countDown();
    }
    return exit.get(20, TimeUnit.SECONDS);
  }

  interface ServerBody {
    void run(URI endpoint) throws Exception;
  }

  private JsonNode call(URI endpoint, String op, String body) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(endpoint)
        .header("Content-Type", "application/x-amz-json-1.0")
        .header("X-Amz-Target", "AWSStepFunctions." + op)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }

  @Test
  void servesTheMockConfigFileByTestCaseName() throws Exception {
    Path mocks = Path.of("..", "samples", "order-processing", "MockConfigFile.json");
    String definition = Files.readString(Path.of("..", "samples", "order-processing", "src", "main",
        "resources", "order-processing.asl.json"));
    int exit = serve(endpoint -> {
      ObjectNode create = JSON.createObjectNode().put("name", "order-processing")
          .put("definition", definition).put("roleArn", "arn:aws:iam::123456789012:role/r");
      String arn = call(endpoint, "CreateStateMachine", create.toString())
          .path("stateMachineArn").asText();
      for (String testCase : new String[] {"HappyPath", "PaymentRetried", "InvalidOrder"}) {
        String exec = call(endpoint, "StartExecution", JSON.createObjectNode()
            .put("stateMachineArn", arn + "#" + testCase).put("input", "{\"orderId\":\"o-1\"}")
            .toString()).path("executionArn").asText();
        JsonNode d = awaitEnd(endpoint, exec);
        if (testCase.equals("InvalidOrder")) {
          assertThat(d.path("status").asText()).isEqualTo("FAILED");
        } else {
          assertThat(d.path("status").asText()).as(testCase).isEqualTo("SUCCEEDED");
          assertThat(JSON.readTree(d.path("output").asText()).path("trackingId").asText())
              .isEqualTo("t-1");
        }
      }
      JsonNode unknown = call(endpoint, "StartExecution", JSON.createObjectNode()
          .put("stateMachineArn", arn + "#NoSuchCase").toString());
      assertThat(unknown.path("__type").asText()).isEqualTo("ValidationException");
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(endpoint).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<title>asl4j");
    }, "serve", "--port", "0", "--mocks", mocks.toString(), "--wait-time-scale", "0");
    assertThat(exit).isZero();
  }

  private JsonNode awaitEnd(URI endpoint, String exec) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    JsonNode d;
    do {
      d = call(endpoint, "DescribeExecution", "{\"executionArn\":\"" + exec + "\"}");
      if (!d.path("status").asText().equals("RUNNING")) {
        return d;
      }
      Thread.sleep(20);
    } while (System.nanoTime() < deadline);
    return d;
  }

  @Test
  void storeKeepsMachinesAndExecutionsAcrossRestarts(@TempDir Path dir) throws Exception {
    String db = dir.resolve("asl.db").toString();
    String definition = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\","
        + "\"Seconds\":3600,\"End\":true}}}";
    String[] exec = new String[1];
    assertThat(serve(endpoint -> {
      String arn = call(endpoint, "CreateStateMachine", JSON.createObjectNode().put("name", "waits")
          .put("definition", definition).put("roleArn", "arn:aws:iam::123456789012:role/r")
          .toString()).path("stateMachineArn").asText();
      exec[0] = call(endpoint, "StartExecution", "{\"stateMachineArn\":\"" + arn + "\"}")
          .path("executionArn").asText();
    }, "serve", "--port", "0", "--store", db)).isZero();
    assertThat(Files.exists(dir.resolve("asl.serve.db"))).isTrue();
    assertThat(serve(endpoint -> {
      assertThat(call(endpoint, "ListStateMachines", "{}").path("stateMachines").get(0)
          .path("name").asText()).isEqualTo("waits");
      JsonNode d = call(endpoint, "DescribeExecution", "{\"executionArn\":\"" + exec[0] + "\"}");
      assertThat(d.path("status").asText()).isEqualTo("RUNNING");
      call(endpoint, "StopExecution", "{\"executionArn\":\"" + exec[0] + "\"}");
      assertThat(awaitEnd(endpoint, exec[0]).path("status").asText()).isEqualTo("ABORTED");
    }, "serve", "--port", "0", "--store", db)).isZero();
  }

  @Test
  void anUnknownStoreIsAUsageError() {
    CliRunner.Run r = RunCli.run("serve", "--port", "0", "--store", "jdbc:mysql://x/y");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--store jdbc:mysql://x/y");
  }

  @Test
  void badScaleIsAUsageError() {
    CliRunner.Run r = RunCli.run("serve", "--port", "0", "--wait-time-scale", "-1");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("waitTimeScale (-1.0)");
  }
}
