package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.aws.StubServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code asl run --aws --aws-endpoint lambda=URL} against a local Lambda stand-in. */
class RunAwsTest {
  static final String SAGA = "{\"StartAt\":\"Reserve\",\"States\":{"
      + "\"Reserve\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
      + "\"Parameters\":{\"FunctionName\":\"reserve\",\"Payload.$\":\"$\"},\"ResultSelector\":{\"r.$\":\"$.Payload\"},"
      + "\"ResultPath\":\"$.reserved\",\"Next\":\"Charge\"},"
      + "\"Charge\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:charge\","
      + "\"Retry\":[{\"ErrorEquals\":[\"Lambda.TooManyRequestsException\"],\"MaxAttempts\":1}],"
      + "\"Catch\":[{\"ErrorEquals\":[\"PaymentDeclined\"],\"Next\":\"Release\"}],\"End\":true},"
      + "\"Release\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:release\","
      + "\"Next\":\"Failed\"},"
      + "\"Failed\":{\"Type\":\"Fail\",\"Error\":\"SagaFailed\"}}}";

  @TempDir Path dir;

  /** reserve answers, charge is throttled once then declines, release answers. */
  static StubServer.Response lambda(StubServer.Request r, int[] chargeCalls) {
    if (r.path().contains("reserve")) {
      return StubServer.Response.json(200, "{\"reservation\":\"r-1\"}");
    }
    if (r.path().contains("charge")) {
      if (chargeCalls[0]++ == 0) {
        return new StubServer.Response(429, Map.of("x-amzn-ErrorType", "TooManyRequestsException"),
            "{\"message\":\"Rate Exceeded.\"}");
      }
      return new StubServer.Response(200, Map.of("X-Amz-Function-Error", "Handled"),
          "{\"errorType\":\"PaymentDeclined\",\"errorMessage\":\"card expired\"}");
    }
    return StubServer.Response.json(200, "{\"released\":true}");
  }

  @Test
  void callsTheLocalLambdaEndpointAndTheStateMachineSeesAwsErrors() throws Exception {
    Path def = Files.writeString(dir.resolve("saga.asl.json"), SAGA);
    int[] charge = {0};
    try (StubServer lambda = new StubServer(r -> lambda(r, charge))) {
      CliRunner.Run r = AwsCli.run("run", def.toString(), "--input", "{\"order\":1}", "--history",
          "--aws", "--region", "us-east-1", "--aws-endpoint", "lambda=" + lambda.uri());
      assertThat(r.exit()).as(r.err()).isEqualTo(1);
      JsonNode out = JsonArgs.MAPPER.readTree(r.out());
      assertThat(out.get("status").asText()).isEqualTo("FAILED");
      assertThat(out.get("error").asText()).isEqualTo("SagaFailed");
      assertThat(lambda.requests()).hasSize(4); // reserve, charge (throttled), charge (retried), release
      assertThat(r.out()).contains("Lambda.TooManyRequestsException").contains("PaymentDeclined");
      assertThat(JsonArgs.MAPPER.readTree(lambda.requests().get(1).body()).at("/reserved/r/reservation").asText())
          .isEqualTo("r-1");
      // Catch without ResultPath: the compensation gets the error output
      assertThat(JsonArgs.MAPPER.readTree(lambda.requests().get(3).body()).get("Error").asText())
          .isEqualTo("PaymentDeclined");
    }
  }

  @Test
  void mocksWinPerStateAndTheRestGoesToAws() throws Exception {
    Path def = Files.writeString(dir.resolve("saga.asl.json"), SAGA);
    Path mocks = Files.writeString(dir.resolve("mocks.json"),
        "{\"Charge\":[{\"return\":{\"charged\":true}}]}");
    int[] charge = {0};
    try (StubServer lambda = new StubServer(r -> lambda(r, charge))) {
      CliRunner.Run r = AwsCli.run("run", def.toString(), "--mocks", mocks.toString(),
          "--aws", "--region", "us-east-1", "--aws-endpoint", "lambda=" + lambda.uri());
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(JsonArgs.MAPPER.readTree(r.out()).get("output")).isEqualTo(JsonArgs.MAPPER.readTree("{\"charged\":true}"));
      assertThat(lambda.requests()).hasSize(1);
      assertThat(lambda.requests().get(0).path()).contains("reserve");
      assertThat(charge[0]).isZero();
    }
  }

  @Test
  void awsOptionsAreCheckedAsUsage() throws Exception {
    Path def = Files.writeString(dir.resolve("saga.asl.json"), SAGA);
    CliRunner.Run noAws = AwsCli.run("run", def.toString(), "--aws-endpoint", "lambda=http://127.0.0.1:1");
    assertThat(noAws.exit()).isEqualTo(2);
    assertThat(noAws.err()).contains("--aws-endpoint needs --aws");
    CliRunner.Run bad = AwsCli.run("run", def.toString(), "--aws", "--region", "us-east-1",
        "--aws-endpoint", "s3=http://127.0.0.1:1");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown service 's3'");
    CliRunner.Run both = AwsCli.run("run", def.toString(), "--aws", "--region", "us-east-1", "--mock-all");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("--mock-all and --aws exclude each other");
  }
}
