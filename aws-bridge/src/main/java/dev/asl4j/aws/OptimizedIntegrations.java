package dev.asl4j.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.spi.TaskFailedException;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.TaskResolver;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import software.amazon.awssdk.services.sns.model.SnsException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * The optimized integrations a saga typically uses, called through the SDK: {@code
 * sqs:sendMessage}, {@code sns:publish}, {@code dynamodb:getItem|putItem|updateItem|deleteItem},
 * {@code events:putEvents} and {@code states:startExecution}, each also as {@code
 * .waitForTaskToken}. Results carry the service's answer plus {@code SdkHttpMetadata} and {@code
 * SdkResponseMetadata} (except {@code events:putEvents}, whose result AWS leaves bare); errors are
 * named in the optimized integrations' style (see {@link AwsErrors}).
 */
final class OptimizedIntegrations implements TaskResolver {
  static final AwsErrors.V1Service SQS =
      new AwsErrors.V1Service("SQS", "AmazonSQS", "AmazonSQSException", SqsException.class);
  static final AwsErrors.V1Service SNS =
      new AwsErrors.V1Service("SNS", "AmazonSNS", "AmazonSNSException", SnsException.class);
  static final AwsErrors.V1Service DYNAMODB = new AwsErrors.V1Service(
      "DynamoDB", "AmazonDynamoDBv2", "AmazonDynamoDBException", DynamoDbException.class);
  static final AwsErrors.V1Service EVENTS = new AwsErrors.V1Service(
      "EventBridge", "AmazonEventBridge", "AmazonEventBridgeException", EventBridgeException.class);
  static final AwsErrors.V1Service STATES = new AwsErrors.V1Service(
      "StepFunctions", "AWSStepFunctions", "AWSStepFunctionsException", SfnException.class);

  /** One integration: which service's errors, and the call from parameters to result. */
  private record Integration(AwsErrors.V1Service service, Call call) {}

  private interface Call {
    JsonNode run(JsonNode params) throws TaskFailedException;
  }

  private final Executor executor;
  private final Map<String, Integration> integrations;

  OptimizedIntegrations(AwsClients clients, Executor executor) {
    this.executor = executor;
    Supplier<SqsClient> sqs = clients::sqs;
    Supplier<SnsClient> sns = clients::sns;
    Supplier<DynamoDbClient> ddb = clients::dynamoDb;
    Supplier<EventBridgeClient> events = clients::eventBridge;
    Supplier<SfnClient> sfn = clients::sfn;
    this.integrations = Map.of(
        "sqs:sendMessage", new Integration(SQS, p -> withMetadata(
            sqs.get().sendMessage(SdkJson.toModel(SendMessageRequest.builder(), p, "sqs:sendMessage")))),
        "sns:publish", new Integration(SNS, p -> withMetadata(
            sns.get().publish(SdkJson.toModel(PublishRequest.builder(), p, "sns:publish")))),
        "dynamodb:getItem", new Integration(DYNAMODB, p -> withMetadata(
            ddb.get().getItem(SdkJson.toModel(GetItemRequest.builder(), p, "dynamodb:getItem")))),
        "dynamodb:putItem", new Integration(DYNAMODB, p -> withMetadata(
            ddb.get().putItem(SdkJson.toModel(PutItemRequest.builder(), p, "dynamodb:putItem")))),
        "dynamodb:updateItem", new Integration(DYNAMODB, p -> withMetadata(
            ddb.get().updateItem(SdkJson.toModel(UpdateItemRequest.builder(), p, "dynamodb:updateItem")))),
        "dynamodb:deleteItem", new Integration(DYNAMODB, p -> withMetadata(
            ddb.get().deleteItem(SdkJson.toModel(DeleteItemRequest.builder(), p, "dynamodb:deleteItem")))),
        "events:putEvents", new Integration(EVENTS, p -> putEvents(events.get(), p)),
        "states:startExecution", new Integration(STATES, p -> startExecution(sfn.get(), p)));
  }

  @Override
  public Optional<TaskHandler> resolve(String resource) {
    Optional<ServiceResource> parsed = ServiceResource.parse(resource);
    if (parsed.isEmpty() || parsed.get().awsSdk()
        || !(parsed.get().suffix().isEmpty() || parsed.get().waitsForToken())) {
      return Optional.empty();
    }
    Integration i = integrations.get(parsed.get().name());
    if (i == null) {
      return Optional.empty();
    }
    Function<Throwable, TaskFailedException> errors = e -> AwsErrors.optimized(i.service(), e);
    return Optional.of(TaskHandler.async(r -> Calls.async(executor, () -> i.call().run(r.input()), errors)));
  }

  private static ObjectNode withMetadata(AwsResponse response) {
    return HttpMetadata.add(SdkJson.toJson(response), response);
  }

  /** AWS fails the task when any entry failed: {@code EventBridge.FailedEntry}, the answer as cause. */
  private static JsonNode putEvents(EventBridgeClient client, JsonNode p) throws TaskFailedException {
    PutEventsResponse r = client.putEvents(SdkJson.toModel(PutEventsRequest.builder(), p, "events:putEvents"));
    ObjectNode out = SdkJson.toJson(r);
    if (r.failedEntryCount() != null && r.failedEntryCount() > 0) {
      throw new TaskFailedException("EventBridge.FailedEntry", out.toString());
    }
    return out;
  }

  /** The start date in the 1.x style the optimized integration returns: epoch milliseconds. */
  private static JsonNode startExecution(SfnClient client, JsonNode p) {
    StartExecutionResponse r =
        client.startExecution(SdkJson.toModel(StartExecutionRequest.builder(), p, "states:startExecution"));
    ObjectNode out = withMetadata(r);
    if (r.startDate() != null) {
      out.put("StartDate", r.startDate().toEpochMilli());
    }
    return out;
  }
}
