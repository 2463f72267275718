package dev.asl4j.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.interpreter.ExecutionResult;
import dev.asl4j.interpreter.ExecutionStatus;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Lambda through a local server speaking the Invoke protocol; the errors a state machine sees. */
class LambdaTaskResolverTest {
  private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:charge";

  private static final String LEGACY =
      "{\"StartAt\":\"Charge\",\"States\":{\"Charge\":{\"Type\":\"Task\",\"Resource\":\"" + FN
          + "\",\"End\":true}}}";

  private static final String OPTIMIZED =
      "{\"StartAt\":\"Charge\",\"States\":{\"Charge\":{\"Type\":\"Task\","
          + "\"Resource\":\"arn:aws:states:::lambda:invoke\","
          + "\"Parameters\":{\"FunctionName\":\"charge\",\"Payload.$\":\"$\"},\"End\":true}}}";

  private static String caught(String resource, String extra, String errorEquals) {
    return "{\"StartAt\":\"Charge\",\"States\":{\"Charge\":{\"Type\":\"Task\",\"Resource\":\""
        + resource + "\"" + extra + ",\"Catch\":[{\"ErrorEquals\":[\"" + errorEquals
        + "\"],\"Next\":\"Caught\"}],\"End\":true},\"Caught\":{\"Type\":\"Pass\",\"End\":true}}}";
  }

  private static StubServer.Response error(int status, String type, String message) {
    return new StubServer.Response(status,
        Map.of("Content-Type", "application/json", "x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/"),
        "{\"Type\":\"User\",\"message\":\"" + message + "\"}");
  }

  private static ExecutionResult run(Function<StubServer.Request, StubServer.Response> answer,
      String definition, String input, List<StubServer.Request> seen) throws Exception {
    try (StubServer lambda = new StubServer(answer);
        AwsTaskResolver aws = TestAws.resolver("lambda", lambda.uri())) {
      ExecutionResult r = TestAws.run(aws, definition, input);
      seen.addAll(lambda.requests());
      return r;
    }
  }

  @Test
  void legacyArnReturnsTheFunctionOutputOnly() throws Exception {
    List<StubServer.Request> seen = new java.util.ArrayList<>();
    ExecutionResult r = run(req -> StubServer.Response.json(200, "{\"paid\":true}"), LEGACY,
        "{\"amount\":5}", seen);
    assertThat(r.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.output()).isEqualTo(TestAws.json("{\"paid\":true}"));
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).method()).isEqualTo("POST");
    assertThat(URLDecoder.decode(seen.get(0).path(), StandardCharsets.UTF_8))
        .isEqualTo("/2015-03-31/functions/" + FN + "/invocations");
    assertThat(TestAws.json(seen.get(0).body())).isEqualTo(TestAws.json("{\"amount\":5}"));
    assertThat(seen.get(0).header("Authorization")).contains("AKIDTEST/"); // signed, fake keys
  }

  @Test
  void optimizedIntegrationWrapsThePayloadWithStatusAndMetadata() throws Exception {
    List<StubServer.Request> seen = new java.util.ArrayList<>();
    ExecutionResult r = run(req -> new StubServer.Response(200,
            Map.of("Content-Type", "application/json", "X-Amz-Executed-Version", "7"), "{\"ok\":1}"),
        OPTIMIZED, "{\"amount\":5}", seen);
    assertThat(r.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.output().get("Payload")).isEqualTo(TestAws.json("{\"ok\":1}"));
    assertThat(r.output().get("StatusCode").asInt()).isEqualTo(200);
    assertThat(r.output().get("ExecutedVersion").asText()).isEqualTo("7");
    assertThat(r.output().at("/SdkHttpMetadata/HttpStatusCode").asInt()).isEqualTo(200);
    // the JDK's test server writes header names as X-amz-executed-version
    assertThat(header(r.output().at("/SdkHttpMetadata/HttpHeaders"), "X-Amz-Executed-Version").asText())
        .isEqualTo("7");
    assertThat(header(r.output().at("/SdkHttpMetadata/AllHttpHeaders"), "X-Amz-Executed-Version"))
        .isEqualTo(TestAws.json("[\"7\"]"));
    assertThat(r.output().at("/SdkResponseMetadata/RequestId").asText()).isEqualTo("req-1");
    assertThat(seen.get(0).path()).isEqualTo("/2015-03-31/functions/charge/invocations");
    assertThat(TestAws.json(seen.get(0).body())).isEqualTo(TestAws.json("{\"amount\":5}"));
  }

  private static com.fasterxml.jackson.databind.JsonNode header(
      com.fasterxml.jackson.databind.JsonNode headers, String name) {
    for (var it = headers.fields(); it.hasNext(); ) {
      var e = it.next();
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    throw new AssertionError("no header " + name + " in " + headers);
  }

  @Test
  void handledFunctionErrorIsTheErrorTypeWithThePayloadAsCauseAndCatchMatchesIt() throws Exception {
    String payload = "{\"errorMessage\":\"card expired\",\"errorType\":\"PaymentDeclined\"}";
    Function<StubServer.Request, StubServer.Response> answer = req -> new StubServer.Response(200,
        Map.of("Content-Type", "application/json", "X-Amz-Function-Error", "Handled"), payload);
    List<StubServer.Request> seen = new java.util.ArrayList<>();
    ExecutionResult failed = run(answer, LEGACY, "{}", seen);
    assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(failed.error()).isEqualTo("PaymentDeclined");
    assertThat(failed.cause()).isEqualTo(payload);

    ExecutionResult caught = run(answer, caught(FN, "", "PaymentDeclined"), "{}", seen);
    assertThat(caught.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(caught.output().get("Error").asText()).isEqualTo("PaymentDeclined");
    assertThat(caught.output().get("Cause").asText()).isEqualTo(payload);
  }

  @Test
  void unhandledFunctionErrorIsLambdaUnknownAndRetryOnItWorks() throws Exception {
    String payload = "{\"errorMessage\":\"2024-01-01T00:00:03Z abc Task timed out after 3.00 seconds\"}";
    AtomicInteger calls = new AtomicInteger();
    Function<StubServer.Request, StubServer.Response> answer = req -> calls.incrementAndGet() == 1
        ? new StubServer.Response(200, Map.of("X-Amz-Function-Error", "Unhandled"), payload)
        : StubServer.Response.json(200, "\"second time lucky\"");
    List<StubServer.Request> seen = new java.util.ArrayList<>();
    ExecutionResult failed = run(answer, OPTIMIZED, "{}", seen);
    assertThat(failed.error()).isEqualTo("Lambda.Unknown");
    assertThat(failed.cause()).isEqualTo(LambdaTaskResolver.UNKNOWN_CAUSE + payload);

    calls.set(0);
    String retried = OPTIMIZED.replace("\"End\":true}}}",
        "\"Retry\":[{\"ErrorEquals\":[\"Lambda.Unknown\"],\"IntervalSeconds\":2,\"MaxAttempts\":2}],\"End\":true}}}");
    ExecutionResult ok = run(answer, retried, "{}", seen);
    assertThat(ok.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(ok.output().get("Payload").asText()).isEqualTo("second time lucky");
    assertThat(calls.get()).isEqualTo(2);
  }

  @Test
  void throttlingIsTooManyRequestsWithAwsCauseAndEveryRetryIsOneCall() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Function<StubServer.Request, StubServer.Response> answer = req -> {
      calls.incrementAndGet();
      return error(429, "TooManyRequestsException", "Rate Exceeded.");
    };
    String retried = LEGACY.replace("\"End\":true}}}",
        "\"Retry\":[{\"ErrorEquals\":[\"Lambda.TooManyRequestsException\"],\"MaxAttempts\":3}],\"End\":true}}}");
    ExecutionResult r = run(answer, retried, "{}", new java.util.ArrayList<>());
    assertThat(r.error()).isEqualTo("Lambda.TooManyRequestsException");
    assertThat(r.cause()).isEqualTo("Rate Exceeded. (Service: AWSLambda; Status Code: 429; Error Code:"
        + " TooManyRequestsException; Request ID: req-4; Proxy: null)");
    // 1 attempt + 3 retries; the SDK itself does not retry behind the state's back
    assertThat(calls.get()).isEqualTo(4);
  }

  @Test
  void missingFunctionIsResourceNotFoundAndCatchable() throws Exception {
    String msg = "Function not found: arn:aws:lambda:us-east-1:123456789012:function:charge:$LATEST";
    Function<StubServer.Request, StubServer.Response> answer = req -> error(404, "ResourceNotFoundException", msg);
    ExecutionResult r = run(answer, OPTIMIZED, "{}", new java.util.ArrayList<>());
    assertThat(r.error()).isEqualTo("Lambda.ResourceNotFoundException");
    assertThat(r.cause()).isEqualTo(msg + " (Service: AWSLambda; Status Code: 404; Error Code:"
        + " ResourceNotFoundException; Request ID: req-1; Proxy: null)");

    ExecutionResult caught = run(answer, caught("arn:aws:states:::lambda:invoke",
        ",\"Parameters\":{\"FunctionName\":\"charge\"}", "Lambda.ResourceNotFoundException"), "{}",
        new java.util.ArrayList<>());
    assertThat(caught.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(caught.output().get("Error").asText()).isEqualTo("Lambda.ResourceNotFoundException");
  }

  @Test
  void serverErrorIsServiceExceptionAndStatesAllCatchesIt() throws Exception {
    Function<StubServer.Request, StubServer.Response> answer =
        req -> error(500, "ServiceException", "internal failure");
    ExecutionResult r = run(answer, LEGACY, "{}", new java.util.ArrayList<>());
    assertThat(r.error()).isEqualTo("Lambda.ServiceException");
    assertThat(r.cause()).startsWith("internal failure (Service: AWSLambda; Status Code: 500; Error Code: ServiceException;");

    ExecutionResult caught = run(answer, caught(FN, "", "States.ALL"), "{}", new java.util.ArrayList<>());
    assertThat(caught.output().get("Error").asText()).isEqualTo("Lambda.ServiceException");
  }

  @Test
  void anUnmodelledServerErrorIsTheServiceBaseExceptionInTheOldSdkNaming() throws Exception {
    ExecutionResult r = run(req -> error(502, "SomethingOdd", "bad gateway"), LEGACY, "{}",
        new java.util.ArrayList<>());
    assertThat(r.error()).isEqualTo("Lambda.AWSLambdaException");
    assertThat(r.cause()).contains("(Service: AWSLambda; Status Code: 502; Error Code: SomethingOdd;");
  }

  @Test
  void noServerIsSdkClientException() throws Exception {
    java.net.URI dead;
    try (StubServer s = new StubServer(req -> StubServer.Response.json(200, "{}"))) {
      dead = s.uri();
    }
    try (AwsTaskResolver aws = TestAws.resolver("lambda", dead)) {
      ExecutionResult r = TestAws.run(aws, LEGACY, "{}");
      assertThat(r.error()).isEqualTo("Lambda.SdkClientException");
      assertThat(r.cause()).startsWith("Unable to execute HTTP request");
    }
  }
}
