package dev.asl4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad requests, one by one: each gets AWS's error type with HTTP 400 and never a stack trace. */
class BadRequestsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEF =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
  private static final String SM = "arn:aws:states:us-east-1:123456789012:stateMachine:";
  private static AslServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    server = AslServer.builder().port(0).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> post(String target, byte[] body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.endpoint())
        .header("Content-Type", "application/x-amz-json-1.0")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (target != null) {
      b.header("X-Amz-Target", target);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Calls {@code op} and expects error {@code type}; answers the message. */
  private static String error(String op, String body, String type) throws Exception {
    return errorOf(post("AWSStepFunctions." + op, body.getBytes(java.nio.charset.StandardCharsets.UTF_8)), type);
  }

  private static String errorOf(HttpResponse<String> r, String type) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.0");
    JsonNode e = JSON.readTree(r.body());
    assertThat(e.path("__type").asText()).as(r.body()).isEqualTo(type);
    assertThat(e.path("message").asText()).doesNotContain("\tat ", "Exception:");
    return e.path("message").asText();
  }

  private static String ok(String op, String body) throws Exception {
    HttpResponse<String> r = post("AWSStepFunctions." + op, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  private static String machine(String name) throws Exception {
    ok("CreateStateMachine", "{\"name\":\"" + name + "\",\"definition\":" + JSON.writeValueAsString(DEF)
        + ",\"roleArn\":\"arn:aws:iam::123456789012:role/r\"}");
    return SM + name;
  }

  @Test
  void malformedJson() throws Exception {
    assertThat(error("ListStateMachines", "{\"maxResults\": ", "SerializationException"))
        .startsWith("Malformed JSON request body");
    error("ListStateMachines", "[1,2]", "SerializationException");
  }

  @Test
  void missingRequiredField() throws Exception {
    assertThat(error("DescribeStateMachine", "{}", "ValidationException")).isEqualTo(
        "1 validation error detected: Value null at 'stateMachineArn' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void wrongTypedFields() throws Exception {
    assertThat(error("DescribeStateMachine", "{\"stateMachineArn\":42}", "SerializationException"))
        .contains("stateMachineArn");
    error("ListStateMachines", "{\"maxResults\":\"ten\"}", "SerializationException");
    error("GetExecutionHistory", "{\"executionArn\":\"" + SM.replace("stateMachine", "execution")
        + "x:y\",\"reverseOrder\":\"yes\"}", "SerializationException");
  }

  @Test
  void outOfRangeAndBadEnum() throws Exception {
    assertThat(error("ListStateMachines", "{\"maxResults\":5000}", "ValidationException"))
        .contains("Member must have value less than or equal to 1000");
    assertThat(error("CreateStateMachine", "{\"name\":\"n\",\"definition\":\"{}\",\"roleArn\":"
        + "\"arn:aws:iam::123456789012:role/r\",\"type\":\"FAST\"}", "ValidationException"))
        .contains("Member must satisfy enum value set: [STANDARD, EXPRESS]");
  }

  @Test
  void tenMegabyteBody() throws Exception {
    byte[] big = new byte[10 * 1024 * 1024];
    Arrays.fill(big, (byte) ' ');
    big[0] = '{';
    big[big.length - 1] = '}';
    assertThat(errorOf(post("AWSStepFunctions.ListStateMachines", big), "ValidationException"))
        .contains("exceeds the maximum of 1048576 bytes");
    ok("ListStateMachines", "{}"); // and the server is fine
  }

  @Test
  void unknownTargets() throws Exception {
    error("LaunchRockets", "{}", "UnknownOperationException");
    errorOf(post("AWSLambda.Invoke", new byte[0]), "UnknownOperationException");
    errorOf(post(null, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "UnknownOperationException");
  }

  @Test
  void malformedAndUnknownArns() throws Exception {
    assertThat(error("DescribeStateMachine", "{\"stateMachineArn\":\"not-an-arn\"}", "InvalidArn"))
        .isEqualTo("Invalid Arn: 'Invalid ARN prefix: not-an-arn'");
    assertThat(error("DescribeExecution", "{\"executionArn\":\"" + SM + "x\"}", "InvalidArn"))
        .isEqualTo("Invalid Arn: 'Resource type not valid in this context: stateMachine'");
    error("DescribeStateMachine", "{\"stateMachineArn\":\"arn:aws:states:us-east-1:12:stateMachine:x\"}",
        "InvalidArn");
    assertThat(error("DescribeStateMachine", "{\"stateMachineArn\":\"" + SM + "nope\"}",
        "StateMachineDoesNotExist")).isEqualTo("State Machine Does Not Exist: '" + SM + "nope'");
    String exec = SM.replace("stateMachine", "execution") + "nope:e1";
    assertThat(error("DescribeExecution", "{\"executionArn\":\"" + exec + "\"}", "ExecutionDoesNotExist"))
        .isEqualTo("Execution Does Not Exist: '" + exec + "'");
    error("StartExecution", "{\"stateMachineArn\":\"" + SM + "nope\"}", "StateMachineDoesNotExist");
    error("DescribeActivity", "{\"activityArn\":\"arn:aws:states:us-east-1:123456789012:activity:none\"}",
        "ActivityDoesNotExist");
    error("DescribeStateMachineAlias", "{\"stateMachineAliasArn\":\"" + SM + "x:live\"}", "ResourceNotFound");
  }

  @Test
  void forgedAndReusedTaskTokens() throws Exception {
    error("SendTaskSuccess", "{\"taskToken\":\"forged\",\"output\":\"{}\"}", "InvalidToken");
    error("SendTaskHeartbeat", "{\"taskToken\":\"AAAAKgAAAAIAAAAAAAAAA0000\"}", "TaskDoesNotExist");
    String activity = JSON.readTree(ok("CreateActivity", "{\"name\":\"tokens\"}")).path("activityArn").asText();
    ok("CreateStateMachine", "{\"name\":\"tok\",\"definition\":" + JSON.writeValueAsString(
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\",\"Resource\":\"" + activity
            + "\",\"End\":true}}}") + ",\"roleArn\":\"arn:aws:iam::123456789012:role/r\"}");
    ok("StartExecution", "{\"stateMachineArn\":\"" + SM + "tok\"}");
    String token = JSON.readTree(ok("GetActivityTask", "{\"activityArn\":\"" + activity + "\"}"))
        .path("taskToken").asText();
    error("SendTaskSuccess", "{\"taskToken\":\"" + token + "\",\"output\":\"{not json\"}", "InvalidOutput");
    ok("SendTaskSuccess", "{\"taskToken\":\"" + token + "\",\"output\":\"{}\"}");
    error("SendTaskSuccess", "{\"taskToken\":\"" + token + "\",\"output\":\"{}\"}", "TaskDoesNotExist");
  }

  @Test
  void invalidDefinitionNamesAndInputs() throws Exception {
    String msg = error("CreateStateMachine", "{\"name\":\"broken\",\"definition\":"
        + JSON.writeValueAsString("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"}}}")
        + ",\"roleArn\":\"arn:aws:iam::123456789012:role/r\"}", "InvalidDefinition");
    assertThat(msg).startsWith("Invalid State Machine Definition: '").contains("MISSING_TRANSITION_TARGET");
    error("CreateStateMachine", "{\"name\":\"bad name\",\"definition\":" + JSON.writeValueAsString(DEF)
        + ",\"roleArn\":\"arn:aws:iam::123456789012:role/r\"}", "InvalidName");
    error("CreateStateMachine", "{\"name\":\"x\",\"definition\":\"not json\",\"roleArn\":"
        + "\"arn:aws:iam::123456789012:role/r\"}", "InvalidDefinition");
    String arn = machine("inputs");
    error("StartExecution", "{\"stateMachineArn\":\"" + arn + "\",\"input\":\"{oops\"}", "InvalidExecutionInput");
    error("StartExecution", "{\"stateMachineArn\":\"" + arn + "\",\"name\":\"a/b\"}", "InvalidName");
    error("StartSyncExecution", "{\"stateMachineArn\":\"" + arn + "\"}", "StateMachineTypeNotSupported");
    error("CreateStateMachine", "{\"name\":\"inputs\",\"definition\":" + JSON.writeValueAsString(
        DEF.replace("Pass\"", "Pass\",\"Comment\":\"other\"")) + ",\"roleArn\":\"arn:aws:iam::123456789012:role/r\"}",
        "StateMachineAlreadyExists");
  }

  @Test
  void reusedExecutionNames() throws Exception {
    String arn = machine("names");
    ok("StartExecution", "{\"stateMachineArn\":\"" + arn + "\",\"name\":\"once\"}");
    // a Pass machine ends at once: the name cannot be reused, whatever the input
    error("StartExecution", "{\"stateMachineArn\":\"" + arn + "\",\"name\":\"once\"}", "ExecutionAlreadyExists");
  }

  @Test
  void badPageTokens() throws Exception {
    error("ListStateMachines", "{\"nextToken\":\"made-up\"}", "InvalidToken");
  }

  @Test
  void getIsTheConsoleAndOtherMethodsAreRefused() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "nothing-here"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(404);
    HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(server.endpoint())
        .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).isEqualTo(405);
  }
}
