package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.aws.FakeStepFunctions;
import dev.asl4j.aws.StubServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executable jar as a child process with AWS settings in its environment (fake keys, no
 * profile files, no instance metadata), against local stand-ins: nothing reaches AWS.
 */
class AwsJarIT {
  @TempDir Path dir;

  @Test
  void runAwsCallsTheGivenLambdaEndpoint() throws Exception {
    Path def = Files.writeString(dir.resolve("saga.asl.json"), RunAwsTest.SAGA);
    int[] charge = {0};
    try (StubServer lambda = new StubServer(r -> RunAwsTest.lambda(r, charge))) {
      JarProcess.Result r = java("run", def.toString(), "--aws", "--aws-endpoint", "lambda=" + lambda.uri());
      assertThat(r.exit()).as(r.out()).isEqualTo(1);
      assertThat(r.out()).contains("{\"status\":\"FAILED\",\"error\":\"SagaFailed\"");
      assertThat(lambda.requests()).hasSize(4);
      assertThat(lambda.requests().get(0).header("Authorization")).contains("AKIDJAR/");
    }
  }

  @Test
  void deployTalksToTheGivenStepFunctionsEndpoint() throws Exception {
    Path def = Files.writeString(dir.resolve("hello.asl.json"),
        "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
    try (FakeStepFunctions sfn = new FakeStepFunctions()) {
      JarProcess.Result r = java("deploy", def.toString(), "--name", "hello", "--role-arn",
          "arn:aws:iam::123456789012:role/sfn", "--endpoint-url", sfn.uri().toString());
      assertThat(r.exit()).as(r.out()).isZero();
      assertThat(r.out()).contains("\"stateMachineArn\":\"arn:aws:states:us-east-1:123456789012:stateMachine:hello\"");
      assertThat(sfn.writes()).containsExactly("CreateStateMachine");
    }
  }

  /** The child gets fake keys, a region, no profile files and no instance metadata. */
  private JarProcess.Result java(String... args) throws IOException, InterruptedException {
    return JarProcess.run(dir, env -> {
      env.keySet().removeIf(k -> k.startsWith("AWS_"));
      env.put("AWS_ACCESS_KEY_ID", "AKIDJAR");
      env.put("AWS_SECRET_ACCESS_KEY", "secret-jar");
      env.put("AWS_REGION", "us-east-1");
      env.put("AWS_CONFIG_FILE", dir.resolve("no-config").toString());
      env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString());
      env.put("AWS_EC2_METADATA_DISABLED", "true");
    }, args);
  }
}
