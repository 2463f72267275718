package dev.asl4j.server;

import static dev.asl4j.server.Flows.ROLE;
import static dev.asl4j.server.Flows.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same flows through the {@code aws} CLI, where it is installed (skipped otherwise). */
class AwsCliTest {
  private SfnServer s;
  @TempDir Path tmp;

  @BeforeEach
  void start() throws Exception {
    assumeTrue(awsCli(), "aws CLI test skipped: no `aws` command on the PATH");
    Map<String, dev.asl4j.interpreter.spi.TaskHandler> h = new java.util.LinkedHashMap<>(Flows.sagaHandlers());
    h.putAll(Flows.approvalHandlers());
    s = SfnServer.start(h);
  }

  @AfterEach
  void stop() {
    if (s != null) {
      s.close();
    }
  }

  private static boolean awsCli() {
    try {
      Process p = new ProcessBuilder("aws", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs {@code aws stepfunctions ARGS} against the server and parses its JSON output. */
  private JsonNode aws(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("aws", "stepfunctions", "--endpoint-url",
        s.server.endpoint().toString(), "--output", "json"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("AWS_ACCESS_KEY_ID", "test");
    env.put("AWS_SECRET_ACCESS_KEY", "test");
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    env.put("AWS_DISABLE_HOST_PREFIX_INJECTION", "true");
    env.put("AWS_CONFIG_FILE", tmp.resolve("none").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", tmp.resolve("none").toString());
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.put("AWS_PAGER", "");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", args) + ": " + out).isZero();
    return out.isBlank() ? json("{}") : json(out);
  }

  private String file(String name, String text) throws IOException {
    Path f = tmp.resolve(name);
    Files.writeString(f, text);
    return "file://" + f;
  }

  private JsonNode awaitEnd(String exec) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    JsonNode d;
    do {
      d = aws("describe-execution", "--execution-arn", exec);
    } while (d.path("status").asText().equals("RUNNING") && System.nanoTime() < deadline);
    return d;
  }

  @Test
  void sagaApprovalSyncAndTestState() throws Exception {
    String saga = aws("create-state-machine", "--name", "order-saga", "--role-arn", ROLE,
        "--definition", file("saga.json", Flows.sample("order-saga", "order-saga.asl.json")))
        .path("stateMachineArn").asText();
    String exec = aws("start-execution", "--state-machine-arn", saga, "--input",
        "{\"orderId\":\"o-1\",\"amount\":500}").path("executionArn").asText();
    JsonNode d = awaitEnd(exec);
    assertThat(d.path("status").asText()).isEqualTo("FAILED");
    assertThat(d.path("error").asText()).isEqualTo("SagaFailed");
    JsonNode events = aws("get-execution-history", "--execution-arn", exec).path("events");
    assertThat(events.get(events.size() - 1).path("type").asText()).isEqualTo("ExecutionFailed");

    String approval = aws("create-state-machine", "--name", "order-approval", "--role-arn", ROLE,
        "--definition", file("approval.json", Flows.sample("order-approval", "order-approval.asl.json")))
        .path("stateMachineArn").asText();
    String wait = aws("start-execution", "--state-machine-arn", approval, "--input",
        "{\"order\":{\"orderId\":\"o-2\"}}").path("executionArn").asText();
    Flows.awaitEvent(s.sfn, wait, "TaskScheduled");
    String token = null;
    for (JsonNode e : aws("get-execution-history", "--execution-arn", wait).path("events")) {
      if (e.path("type").asText().equals("TaskScheduled")) {
        token = json(e.path("taskScheduledEventDetails").path("parameters").asText())
            .path("Payload").path("taskToken").asText();
      }
    }
    aws("send-task-success", "--task-token", token, "--task-output", "{\"approved\":true}");
    assertThat(awaitEnd(wait).path("status").asText()).isEqualTo("SUCCEEDED");

    String express = aws("create-state-machine", "--name", "quick", "--type", "EXPRESS",
        "--role-arn", ROLE, "--definition",
        "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Parameters\":{\"x.$\":\"$.a\"},\"End\":true}}}")
        .path("stateMachineArn").asText();
    JsonNode sync = aws("start-sync-execution", "--state-machine-arn", express, "--input", "{\"a\":5}");
    assertThat(sync.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(json(sync.path("output").asText())).isEqualTo(json("{\"x\":5}"));

    JsonNode test = aws("test-state", "--definition",
        "{\"Type\":\"Pass\",\"Result\":{\"ok\":true},\"ResultPath\":\"$.r\",\"Next\":\"N\"}",
        "--role-arn", ROLE, "--input", "{\"a\":1}");
    assertThat(test.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(test.path("nextState").asText()).isEqualTo("N");
    assertThat(json(test.path("output").asText())).isEqualTo(json("{\"a\":1,\"r\":{\"ok\":true}}"));

    String version = aws("publish-state-machine-version", "--state-machine-arn", saga)
        .path("stateMachineVersionArn").asText();
    assertThat(version).isEqualTo(saga + ":1");
    String alias = aws("create-state-machine-alias", "--name", "live", "--routing-configuration",
        "[{\"stateMachineVersionArn\":\"" + version + "\",\"weight\":100}]")
        .path("stateMachineAliasArn").asText();
    assertThat(aws("describe-state-machine-alias", "--state-machine-alias-arn", alias)
        .path("routingConfiguration").get(0).path("weight").asInt()).isEqualTo(100);
  }
}
