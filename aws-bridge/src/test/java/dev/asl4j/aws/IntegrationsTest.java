package dev.asl4j.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.ExecutionStatus;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The optimized integrations and {@code aws-sdk:*} tasks against local stand-ins speaking the
 * services' protocols: SQS, DynamoDB, EventBridge and Step Functions JSON, SNS query/XML.
 */
class IntegrationsTest {
  private StubServer server;
  private AwsTaskResolver aws;
  private final Map<String, ObjectNode> table = new HashMap<>();

  @BeforeEach
  void start() throws Exception {
    server = new StubServer(this::answer);
    AwsTaskResolver.Builder b = AwsTaskResolver.builder().region("us-east-1").credentials(TestAws.CREDENTIALS)
        .sdkFunction("secretsmanager", "SecretsManager", (action, request) -> {
          if (!action.equals("getSecretValue")) {
            throw new dev.asl4j.interpreter.spi.TaskFailedException("SecretsManager.Unsupported", action);
          }
          return TestAws.json("{\"SecretString\":\"s3cr3t-" + request.path("SecretId").asText() + "\"}");
        });
    for (String service : AwsTaskResolver.ENDPOINT_SERVICES) {
      b.endpoint(service, server.uri());
    }
    aws = b.build();
  }

  @AfterEach
  void stop() {
    aws.close();
    server.close();
  }

  // ---- the stand-in ----

  private StubServer.Response answer(StubServer.Request r) {
    String target = r.target();
    if (target == null) {
      return sns(form(r.body()));
    }
    JsonNode in = TestAws.json(r.body());
    switch (target) {
      case "SendMessage":
        if (in.path("QueueUrl").asText().endsWith("/missing")) {
          return jsonError("com.amazonaws.sqs#QueueDoesNotExist", "The specified queue does not exist.");
        }
        return json("{\"MD5OfMessageBody\":\"" + md5(in.path("MessageBody").asText()) + "\",\"MessageId\":\"m-1\"}");
      case "PutItem":
        if (in.path("TableName").asText().equals("missing")) {
          return jsonError("com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", "Requested resource not found");
        }
        if (in.path("Item").isMissingNode()) {
          return jsonError("com.amazon.coral.validate#ValidationException", "1 validation error detected");
        }
        table.put(in.at("/Item/id/S").asText(), (ObjectNode) in.get("Item"));
        return json("{}");
      case "GetItem": {
        ObjectNode item = table.get(in.at("/Key/id/S").asText());
        return json(item == null ? "{}" : "{\"Item\":" + item + "}");
      }
      case "UpdateItem": {
        ObjectNode item = table.get(in.at("/Key/id/S").asText());
        item.set("status", in.at("/ExpressionAttributeValues/:s"));
        return json("{\"Attributes\":{\"status\":" + item.get("status") + "}}");
      }
      case "DeleteItem":
        table.remove(in.at("/Key/id/S").asText());
        return json("{}");
      case "PutEvents": {
        boolean bad = in.path("Entries").get(0).path("Source").asText().isEmpty();
        return json(bad ? "{\"Entries\":[{\"ErrorCode\":\"MalformedDetail\",\"ErrorMessage\":\"Detail is malformed.\"}],\"FailedEntryCount\":1}"
            : "{\"Entries\":[{\"EventId\":\"e-1\"}],\"FailedEntryCount\":0}");
      }
      case "StartExecution":
        return json("{\"executionArn\":\"" + in.path("stateMachineArn").asText().replace(":stateMachine:", ":execution:")
            + ":" + in.path("name").asText() + "\",\"startDate\":1704067200.5}");
      default:
        return jsonError("UnknownOperationException", target);
    }
  }

  private static StubServer.Response sns(Map<String, String> form) {
    if (form.get("TopicArn").endsWith(":missing")) {
      return new StubServer.Response(404, Map.of("Content-Type", "text/xml"),
          "<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>Sender</Type>"
              + "<Code>NotFound</Code><Message>Topic does not exist</Message></Error><RequestId>sns-404</RequestId></ErrorResponse>");
    }
    return new StubServer.Response(200, Map.of("Content-Type", "text/xml"),
        "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult><MessageId>sns-1"
            + "</MessageId></PublishResult><ResponseMetadata><RequestId>sns-req</RequestId></ResponseMetadata></PublishResponse>");
  }

  private static Map<String, String> form(String body) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String kv : body.split("&")) {
      int eq = kv.indexOf('=');
      m.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return m;
  }

  private static StubServer.Response json(String body) {
    return new StubServer.Response(200, Map.of("Content-Type", "application/x-amz-json-1.0"), body);
  }

  private static StubServer.Response jsonError(String type, String message) {
    return new StubServer.Response(400, Map.of("Content-Type", "application/x-amz-json-1.0"),
        "{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
  }

  private static String md5(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static String task(String resource, String parameters) {
    return "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"" + resource
        + "\",\"Parameters\":" + parameters + ",\"End\":true}}}";
  }

  private ExecutionResult run(String definition) {
    return TestAws.run(aws, definition, "{}");
  }

  private JsonNode lastBody(String target) {
    var rs = server.requests();
    for (int i = rs.size() - 1; i >= 0; i--) {
      if (target.equals(rs.get(i).target())) {
        return TestAws.json(rs.get(i).body());
      }
    }
    throw new AssertionError("no " + target);
  }

  // ---- the tests ----

  @Test
  void sqsSendMessageSendsJsonBodiesAsTextAndAddsHttpMetadata() {
    ExecutionResult r = run(task("arn:aws:states:::sqs:sendMessage",
        "{\"QueueUrl\":\"https://sqs.us-east-1.amazonaws.com/123456789012/orders\",\"MessageBody\":{\"order\":1}}"));
    assertThat(r.status()).as(r.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(lastBody("SendMessage").get("MessageBody").asText()).isEqualTo("{\"order\":1}");
    assertThat(r.output().get("MessageId").asText()).isEqualTo("m-1");
    assertThat(r.output().get("MD5OfMessageBody").asText()).isEqualTo(md5("{\"order\":1}"));
    assertThat(r.output().at("/SdkHttpMetadata/HttpStatusCode").asInt()).isEqualTo(200);
    assertThat(r.output().at("/SdkResponseMetadata/RequestId").asText()).startsWith("req-");
  }

  @Test
  void sqsErrorsAreNamedLikeAwsAndCatchable() {
    String def = "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sqs:sendMessage\","
        + "\"Parameters\":{\"QueueUrl\":\"https://sqs.us-east-1.amazonaws.com/1/missing\",\"MessageBody\":\"x\"},"
        + "\"Catch\":[{\"ErrorEquals\":[\"SQS.QueueDoesNotExistException\"],\"Next\":\"C\"}],\"End\":true},"
        + "\"C\":{\"Type\":\"Pass\",\"End\":true}}}";
    ExecutionResult r = run(def);
    assertThat(r.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.output().get("Error").asText()).isEqualTo("SQS.QueueDoesNotExistException");
    assertThat(r.output().get("Cause").asText()).startsWith("The specified queue does not exist. (Service: AmazonSQS;"
        + " Status Code: 400; Error Code: QueueDoesNotExist; Request ID: req-");
  }

  @Test
  void snsPublishOverTheQueryProtocol() {
    ExecutionResult r = run(task("arn:aws:states:::sns:publish",
        "{\"TopicArn\":\"arn:aws:sns:us-east-1:123456789012:orders\",\"Message\":{\"hello\":\"world\"}}"));
    assertThat(r.status()).as(r.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.output().get("MessageId").asText()).isEqualTo("sns-1");
    assertThat(r.output().at("/SdkResponseMetadata/RequestId").asText()).isEqualTo("sns-req");
    assertThat(form(server.requests().get(0).body())).containsEntry("Action", "Publish")
        .containsEntry("Message", "{\"hello\":\"world\"}");

    ExecutionResult missing = run(task("arn:aws:states:::sns:publish",
        "{\"TopicArn\":\"arn:aws:sns:us-east-1:123456789012:missing\",\"Message\":\"m\"}"));
    assertThat(missing.error()).isEqualTo("SNS.NotFoundException");
    assertThat(missing.cause()).isEqualTo("Topic does not exist (Service: AmazonSNS; Status Code: 404;"
        + " Error Code: NotFound; Request ID: sns-404; Proxy: null)");
  }

  @Test
  void dynamoDbPutGetUpdateDelete() {
    String def = "{\"StartAt\":\"Put\",\"States\":{"
        + "\"Put\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::dynamodb:putItem\",\"Parameters\":{\"TableName\":\"orders\","
        + "\"Item\":{\"id\":{\"S.$\":\"$.id\"},\"total\":{\"N\":\"42.5\"}}},\"ResultPath\":\"$.put\",\"Next\":\"Update\"},"
        + "\"Update\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::dynamodb:updateItem\",\"Parameters\":{\"TableName\":\"orders\","
        + "\"Key\":{\"id\":{\"S.$\":\"$.id\"}},\"UpdateExpression\":\"SET #s = :s\",\"ExpressionAttributeNames\":{\"#s\":\"status\"},"
        + "\"ExpressionAttributeValues\":{\":s\":{\"S\":\"PAID\"}},\"ReturnValues\":\"UPDATED_NEW\"},\"ResultPath\":\"$.update\",\"Next\":\"Get\"},"
        + "\"Get\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::dynamodb:getItem\",\"Parameters\":{\"TableName\":\"orders\","
        + "\"Key\":{\"id\":{\"S.$\":\"$.id\"}}},\"ResultSelector\":{\"item.$\":\"$.Item\"},\"ResultPath\":\"$.get\",\"Next\":\"Delete\"},"
        + "\"Delete\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::dynamodb:deleteItem\",\"Parameters\":{\"TableName\":\"orders\","
        + "\"Key\":{\"id\":{\"S.$\":\"$.id\"}}},\"ResultPath\":\"$.delete\",\"End\":true}}}";
    ExecutionResult r = TestAws.run(aws, def, "{\"id\":\"o-1\"}");
    assertThat(r.status()).as(r.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.output().at("/get/item")).isEqualTo(TestAws.json(
        "{\"id\":{\"S\":\"o-1\"},\"total\":{\"N\":\"42.5\"},\"status\":{\"S\":\"PAID\"}}"));
    assertThat(r.output().at("/update/Attributes")).isEqualTo(TestAws.json("{\"status\":{\"S\":\"PAID\"}}"));
    assertThat(r.output().at("/put/SdkHttpMetadata/HttpStatusCode").asInt()).isEqualTo(200);
    assertThat(r.output().at("/delete").has("SdkResponseMetadata")).isTrue();
    assertThat(table).isEmpty();
  }

  @Test
  void dynamoDbErrorsUseTheOptimizedIntegrationsNames() {
    ExecutionResult missing = run(task("arn:aws:states:::dynamodb:putItem",
        "{\"TableName\":\"missing\",\"Item\":{\"id\":{\"S\":\"x\"}}}"));
    assertThat(missing.error()).isEqualTo("DynamoDB.ResourceNotFoundException");
    assertThat(missing.cause()).startsWith("Requested resource not found (Service: AmazonDynamoDBv2; Status Code: 400;"
        + " Error Code: ResourceNotFoundException; Request ID: req-").endsWith("; Proxy: null)");
    ExecutionResult invalid = run(task("arn:aws:states:::dynamodb:putItem", "{\"TableName\":\"orders\"}"));
    assertThat(invalid.error()).isEqualTo("DynamoDB.AmazonDynamoDBException");
    assertThat(invalid.cause()).contains("Error Code: ValidationException");
  }

  @Test
  void eventBridgePutEventsAndFailedEntries() {
    ExecutionResult ok = run(task("arn:aws:states:::events:putEvents",
        "{\"Entries\":[{\"Source\":\"shop\",\"DetailType\":\"OrderPlaced\",\"Detail\":{\"id\":1}}]}"));
    assertThat(ok.status()).as(ok.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(ok.output()).isEqualTo(TestAws.json("{\"Entries\":[{\"EventId\":\"e-1\"}],\"FailedEntryCount\":0}"));
    assertThat(lastBody("PutEvents").at("/Entries/0/Detail").asText()).isEqualTo("{\"id\":1}");

    ExecutionResult failed = run(task("arn:aws:states:::events:putEvents",
        "{\"Entries\":[{\"Source\":\"\",\"DetailType\":\"x\",\"Detail\":\"{}\"}]}"));
    assertThat(failed.error()).isEqualTo("EventBridge.FailedEntry");
    assertThat(TestAws.json(failed.cause())).isEqualTo(TestAws.json(
        "{\"Entries\":[{\"ErrorCode\":\"MalformedDetail\",\"ErrorMessage\":\"Detail is malformed.\"}],\"FailedEntryCount\":1}"));
  }

  @Test
  void stepFunctionsStartExecution() {
    ExecutionResult r = run(task("arn:aws:states:::states:startExecution",
        "{\"StateMachineArn\":\"arn:aws:states:us-east-1:123456789012:stateMachine:child\",\"Name\":\"run-1\",\"Input\":{\"a\":1}}"));
    assertThat(r.status()).as(r.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.output().get("ExecutionArn").asText())
        .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:child:run-1");
    assertThat(r.output().get("StartDate").asLong()).isEqualTo(1704067200500L);
    assertThat(lastBody("StartExecution").get("input").asText()).isEqualTo("{\"a\":1}");
  }

  @Test
  void awsSdkTasksReturnTheBareResponseAndSdkStyleErrors() {
    table.put("o-9", (ObjectNode) TestAws.json("{\"id\":{\"S\":\"o-9\"}}"));
    ExecutionResult r = run(task("arn:aws:states:::aws-sdk:dynamodb:getItem",
        "{\"TableName\":\"orders\",\"Key\":{\"id\":{\"S\":\"o-9\"}}}"));
    assertThat(r.status()).as(r.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.output()).isEqualTo(TestAws.json("{\"Item\":{\"id\":{\"S\":\"o-9\"}}}"));

    ExecutionResult missing = run(task("arn:aws:states:::aws-sdk:dynamodb:putItem",
        "{\"TableName\":\"missing\",\"Item\":{\"id\":{\"S\":\"x\"}}}"));
    assertThat(missing.error()).isEqualTo("DynamoDb.ResourceNotFoundException");
    assertThat(missing.cause()).startsWith("Requested resource not found (Service: DynamoDb, Status Code: 400, Request ID: req-");

    ExecutionResult unknownField = run(task("arn:aws:states:::aws-sdk:dynamodb:getItem",
        "{\"TableName\":\"orders\",\"Keys\":{}}"));
    assertThat(unknownField.error()).isEqualTo("States.Runtime");
    assertThat(unknownField.cause()).contains("getItem: the field 'Keys' is not supported").contains("Key");

    ExecutionResult noAction = run(task("arn:aws:states:::aws-sdk:dynamodb:getItems", "{}"));
    assertThat(noAction.error()).isEqualTo("States.Runtime");
    assertThat(noAction.cause()).contains("has no action 'getItems'");
  }

  @Test
  void aRegisteredServiceFunctionAnswersItsAwsSdkTasks() {
    ExecutionResult r = run(task("arn:aws:states:::aws-sdk:secretsmanager:getSecretValue", "{\"SecretId\":\"db\"}"));
    assertThat(r.output()).isEqualTo(TestAws.json("{\"SecretString\":\"s3cr3t-db\"}"));
    ExecutionResult other = run(task("arn:aws:states:::aws-sdk:secretsmanager:listSecrets", "{}"));
    assertThat(other.error()).isEqualTo("SecretsManager.Unsupported");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void waitForTaskTokenSendsTheMessageThenWaitsForTheToken() throws Exception {
    AslEngine engine = AslEngine.builder()
        .scheduler(new VirtualTimeScheduler(Instant.parse("2024-01-01T00:00:00Z"))).taskResolver(aws).build();
    Execution ex = engine.load(task("arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        "{\"QueueUrl\":\"https://sqs.us-east-1.amazonaws.com/1/approvals\",\"MessageBody\":{\"token.$\":\"$$.Task.Token\"}}"),
        "approval.asl.json").start(TestAws.json("{}"));
    String token = null;
    for (int i = 0; i < 200 && token == null; i++) {
      if (!server.requests().isEmpty()) {
        token = TestAws.json(TestAws.json(server.requests().get(0).body()).get("MessageBody").asText()).get("token").asText();
      } else {
        Thread.sleep(25);
      }
    }
    assertThat(token).isNotBlank();
    assertThat(ex.result()).isEmpty();
    engine.sendTaskSuccess(token, TestAws.json("{\"approved\":true}"));
    ExecutionResult r = ex.awaitResult(Duration.ofSeconds(10));
    assertThat(r.output()).isEqualTo(TestAws.json("{\"approved\":true}"));
  }

  @Test
  void endpointsAndRegionsAreCheckedWhenBuilt() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AwsTaskResolver.builder().endpoint("s3", URI.create("http://x")))
        .hasMessageContaining("unknown service 's3'");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AwsTaskResolver.builder().endpoint("sqs", URI.create("localhost")))
        .hasMessageContaining("must be an absolute URL");
  }
}
