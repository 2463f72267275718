package dev.asl4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's GET side without a browser: page, script, graphs, pending tokens. */
class ConsoleTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private SfnServer s;

  @BeforeEach
  void start() throws Exception {
    s = SfnServer.start(Map.of());
  }

  @AfterEach
  void stop() {
    s.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(s.server.endpoint() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String q(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8);
  }

  @Test
  void pageAndScriptComeFromTheJar() throws Exception {
    HttpResponse<String> page = get("");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("/console/app.js");
    assertThat(get("console/app.js").body()).contains("AWSStepFunctions.");
    assertThat(get("console/style.css").statusCode()).isEqualTo(200);
  }

  @Test
  void graphsOfMachinesAndExecutionsAndPendingTokens() throws Exception {
    String machine = s.sfn.createStateMachine(b -> b.name("cb").roleArn(Flows.ROLE).definition(
        "{\"StartAt\":\"Ask\",\"States\":{\"Ask\":{\"Type\":\"Task\",\"Resource\":"
            + "\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\",\"Parameters\":{\"QueueUrl\":\"q\","
            + "\"MessageBody\":{\"t.$\":\"$$.Task.Token\"}},\"Next\":\"Done\"},\"Done\":{\"Type\":\"Succeed\"}}}"))
        .stateMachineArn();
    assertThat(get("console/graph.svg?stateMachineArn=" + q(machine)).body())
        .contains("<svg").contains("data-state=\"Ask\"");
    String exec = s.sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
    Flows.awaitEvent(s.sfn, exec, "TaskScheduled");
    assertThat(get("console/graph.svg?executionArn=" + q(exec)).body())
        .containsPattern("class=\"node [a-z]+ visited\"[^>]*data-state=\"Ask\"");
    JsonNode pending = JSON.readTree(get("console/pending?executionArn=" + q(exec)).body()).path("pending");
    assertThat(pending).hasSize(1);
    assertThat(pending.get(0).path("stateName").asText()).isEqualTo("Ask");
    s.sfn.sendTaskSuccess(b -> b.taskToken(pending.get(0).path("taskToken").asText()).output("{}"));
    assertThat(Flows.awaitEnd(s.sfn, exec).statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(JSON.readTree(get("console/pending?executionArn=" + q(exec)).body()).path("pending")).isEmpty();
  }

  @Test
  void aMachineTooLargeToDrawSaysSoInThePicture() throws Exception {
    StringBuilder d = new StringBuilder("{\"StartAt\":\"S0\",\"States\":{");
    for (int i = 0; i < 400; i++) {
      d.append(i == 0 ? "" : ",").append("\"S").append(i).append("\":{\"Type\":\"Pass\",")
          .append(i == 399 ? "\"End\":true}" : "\"Next\":\"S" + (i + 1) + "\"}");
    }
    String def = d.append("}}").toString();
    String machine = s.sfn.createStateMachine(b -> b.name("long").roleArn(Flows.ROLE).definition(def))
        .stateMachineArn();
    HttpResponse<String> r = get("console/graph.svg?stateMachineArn=" + q(machine));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("too large to lay out");
  }

  @Test
  void unknownArnsAreApiErrors() throws Exception {
    HttpResponse<String> r = get("console/graph.svg?executionArn="
        + q("arn:aws:states:us-east-1:123456789012:execution:none:x"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).path("__type").asText()).isEqualTo("ExecutionDoesNotExist");
  }
}
