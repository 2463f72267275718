package dev.asl4j.validator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourcesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "arn:aws:lambda:us-east-1:123456789012:function:charge|OK",
    "arn:aws:lambda:us-east-1:123456789012:function:charge:$LATEST|OK",
    "arn:aws:states:::lambda:invoke|OK",
    "arn:aws:states:::lambda:invoke.waitForTaskToken|OK",
    "arn:aws:states:::states:startExecution.sync:2|OK",
    "arn:aws:states:::aws-sdk:s3:getObject|OK",
    "arn:aws:states:us-east-1:123456789012:aws-sdk:s3:getObject|OK",
    "arn:aws:states:::http:invoke|OK",
    "arn:aws:states:::dynamodb:putItem|OK",
    "arn:aws:states:us-east-1:123456789012:activity:approve|OK",
    "arn:aws:states:::some-future-service:doThing.sync|OK",
    "arn:aws-cn:states:::sns:publish|OK",
    "arn:aws:swf:us-east-1:123456789012:task:X|OK",
    "foo:bar|OK",
    "${LambdaArn}|OK",
    "arn:${AWS::Partition}:states:::lambda:invoke|OK",
    "arn:aws:states:::dynamodb:query|UNSUPPORTED",
    "arn:aws:states:::aws-sdk:s3:getObject.sync|UNSUPPORTED",
    "arn:aws:states:::lambda:invoke.later|UNSUPPORTED",
    "random-resource|MALFORMED",
    "_TBD_|MALFORMED",
    "arn:aws:lambda|MALFORMED",
    "arn:aws:states:::lambda|MALFORMED",
    "arn:aws:states:::aws-sdk:s3|MALFORMED",
    "${lambdaArn|MALFORMED",
    "'arn:aws:states::: lambda:invoke'|MALFORMED",
  })
  void judgesResources(String resource, Resources.Verdict verdict) {
    assertThat(Resources.judge(resource)).isEqualTo(verdict);
  }
}
