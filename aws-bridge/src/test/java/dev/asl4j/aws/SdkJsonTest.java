package dev.asl4j.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

class SdkJsonTest {
  @Test
  void buildsNestedModelsAndWritesThemBackInPascalCase() {
    String item = "{\"TableName\":\"t\",\"Item\":{\"id\":{\"S\":\"1\"},\"n\":{\"N\":\"2\"},\"tags\":{\"SS\":[\"a\",\"b\"]},"
        + "\"m\":{\"M\":{\"ok\":{\"BOOL\":true}}},\"none\":{\"NULL\":true}}}";
    PutItemRequest r = SdkJson.toModel(PutItemRequest.builder(), TestAws.json(item), "putItem");
    assertThat(r.item().get("tags").ss()).containsExactly("a", "b");
    assertThat(r.item().get("m").m().get("ok").bool()).isTrue();
    assertThat(SdkJson.toJson(r)).isEqualTo(TestAws.json(item));
  }

  @Test
  void camelCaseModelsTakePascalCaseAndJsonValuesForStringsAsText() {
    StartExecutionRequest r = SdkJson.toModel(StartExecutionRequest.builder(),
        TestAws.json("{\"StateMachineArn\":\"arn\",\"Input\":{\"a\":[1,2]},\"Name\":null}"), "startExecution");
    assertThat(r.stateMachineArn()).isEqualTo("arn");
    assertThat(r.input()).isEqualTo("{\"a\":[1,2]}");
    assertThat(r.name()).isNull();
  }

  @Test
  void badFieldsAndTypesAreNamedWithTheirPath() {
    assertThatThrownBy(() -> SdkJson.toModel(SendMessageRequest.builder(),
        TestAws.json("{\"QueueUrl\":\"q\",\"DelaySeconds\":\"soon\"}"), "sqs:sendMessage"))
        .hasMessage("sqs:sendMessage.DelaySeconds: expected a number, not a string");
    assertThatThrownBy(() -> SdkJson.toModel(SendMessageRequest.builder(),
        TestAws.json("{\"QueueUrl\":\"q\",\"DelaySeconds\":1.5}"), "sqs:sendMessage"))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> SdkJson.toModel(SendMessageRequest.builder(),
        TestAws.json("[1]"), "sqs:sendMessage"))
        .hasMessage("sqs:sendMessage: expected a JSON object, not an array");
  }
}
