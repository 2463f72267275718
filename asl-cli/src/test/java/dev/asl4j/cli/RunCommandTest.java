package dev.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.interpreter.spi.TaskHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code asl run} in-process, with the real engine. */
class RunCommandTest {
  private static final String PASS =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\","
          + "\"Parameters\":{\"greeting.$\":\"States.Format('hello {}', $.who)\"},\"End\":true}}}";
  private static final String FAIL =
      "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"Order.Rejected\","
          + "\"Cause\":\"out of stock\"}}}";
  private static final String CHARGE =
      "{\"StartAt\":\"Charge\",\"States\":{\"Charge\":{\"Type\":\"Task\","
          + "\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:charge\","
          + "\"Retry\":[{\"ErrorEquals\":[\"Busy\"],\"IntervalSeconds\":60}],"
          + "\"ResultPath\":\"$.charge\",\"End\":true}}}";
  private static final String APPROVE =
      "{\"StartAt\":\"Approve\",\"States\":{\"Approve\":{\"Type\":\"Task\","
          + "\"Resource\":\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\","
          + "\"Parameters\":{\"QueueUrl\":\"q\",\"MessageBody\":{\"token.$\":\"$$.Task.Token\"}},"
          + "\"End\":true}}}";

  @TempDir Path dir;

  @BeforeEach
  void ready() {
    ValidatorReady.assume();
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static JsonNode onlyJson(String out) throws IOException {
    // The strict mapper fails on anything after the first value: exactly one object is printed.
    JsonNode n = JsonArgs.MAPPER.readTree(out);
    assertThat(n.isObject()).as(out).isTrue();
    return n;
  }

  @Test
  void aSuccessPrintsStatusAndOutput() throws IOException {
    Path def = file("hello.asl.json", PASS);
    CliRunner.Run r = RunCli.run("run", def.toString(), "--input", "{\"who\":\"Ada\"}");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode o = onlyJson(r.out());
    assertThat(o.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(o.path("output")).isEqualTo(JsonArgs.MAPPER.readTree("{\"greeting\":\"hello Ada\"}"));
    assertThat(o.has("history")).isFalse();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void inputDefaultsToAnEmptyObject() throws IOException {
    Path def = file("echo.asl.json", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
    CliRunner.Run r = RunCli.run("run", def.toString());
    assertThat(r.exit()).isZero();
    assertThat(onlyJson(r.out()).path("output")).isEqualTo(JsonNodeFactory.instance.objectNode());
  }

  @Test
  void aFailurePrintsErrorAndCauseAndExitsOne() throws IOException {
    Path def = file("reject.asl.json", FAIL);
    CliRunner.Run r = RunCli.run("run", def.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode o = onlyJson(r.out());
    assertThat(o.path("status").asText()).isEqualTo("FAILED");
    assertThat(o.path("error").asText()).isEqualTo("Order.Rejected");
    assertThat(o.path("cause").asText()).isEqualTo("out of stock");
    assertThat(o.has("output")).isFalse();
  }

  @Test
  void historyRunsFromExecutionStartedToExecutionSucceeded() throws IOException {
    Path def = file("hello.asl.json", PASS);
    CliRunner.Run r = RunCli.run("run", def.toString(), "--history", "--input", "{\"who\":\"x\"}");
    assertThat(r.exit()).isZero();
    List<String> types = new ArrayList<>();
    onlyJson(r.out()).path("history").forEach(e -> types.add(e.path("type").asText()));
    assertThat(types).containsExactly(
        "ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
    assertThat(onlyJson(r.out()).at("/history/0/id").asLong()).isEqualTo(1);
  }

  @Test
  void inputFromAFileAndFromStandardInput() throws IOException {
    Path def = file("hello.asl.json", PASS);
    Path in = file("in.json", "{\n  \"who\": \"file\"\n}\n");
    CliRunner.Run r = RunCli.run("run", def.toString(), "--input=@" + in);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(onlyJson(r.out()).at("/output/greeting").asText()).isEqualTo("hello file");
    // As a separate argument too: picocli's argument-file expansion is off.
    CliRunner.Run apart = RunCli.run("run", def.toString(), "--input", "@" + in);
    assertThat(apart.exit()).as(apart.err()).isZero();
    assertThat(onlyJson(apart.out()).at("/output/greeting").asText()).isEqualTo("hello file");

    CliRunner.Run s = RunCli.withStdin("{\"who\":\"pipe\"}", "run", def.toString(), "-i=@-");
    assertThat(s.exit()).as(s.err()).isZero();
    assertThat(onlyJson(s.out()).at("/output/greeting").asText()).isEqualTo("hello pipe");
  }

  @Test
  void inputThatIsNotJsonIsAUsageError() throws IOException {
    Path def = file("hello.asl.json", PASS);
    CliRunner.Run r = RunCli.run("run", def.toString(), "--input", "{\"who\":");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--input").contains("not valid JSON");
    assertThat(r.out()).isEmpty();

    Path bad = file("bad.json", "{\"who\": 1} trailing");
    CliRunner.Run f = RunCli.run("run", def.toString(), "--input=@" + bad);
    assertThat(f.exit()).isEqualTo(2);
    assertThat(f.err()).contains(bad.toString()).contains("not valid JSON");

    CliRunner.Run missing = RunCli.run("run", def.toString(), "--input=@" + dir.resolve("nope.json"));
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.json").contains("no such file");
  }

  @Test
  void usageErrors() throws IOException {
    Path def = file("hello.asl.json", PASS);
    assertThat(RunCli.run("run").exit()).isEqualTo(2);
    CliRunner.Run missing = RunCli.run("run", dir.resolve("absent.asl.json").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("absent.asl.json");
    CliRunner.Run caseOnly = RunCli.run("run", def.toString(), "--mock-case", "Happy");
    assertThat(caseOnly.exit()).isEqualTo(2);
    assertThat(caseOnly.err()).contains("--mock-case needs --mocks");
    assertThat(RunCli.run("run", def.toString(), "--bogus").exit()).isEqualTo(2);
    assertThat(RunCli.run("run", def.toString(), "--real-time", "--timeout", "0").exit()).isEqualTo(2);
  }

  @Test
  void anInvalidDefinitionIsReportedLikeValidate() throws IOException {
    Path def = file("broken.asl.json",
        "{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": {\"Type\": \"Pass\", \"Next\": \"B\"}\n  }\n}\n");
    CliRunner.Run r = RunCli.run("run", def.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("ERROR " + def + ":4:").contains("[MISSING_TRANSITION_TARGET] /States/A/Next");
  }

  @Test
  void aTaskWithoutHandlerEndsAsTheEngineEndsIt() throws IOException {
    Path def = file("charge.asl.json", CHARGE);
    CliRunner.Run r = RunCli.run("run", def.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode o = onlyJson(r.out());
    assertThat(o.path("status").asText()).isEqualTo("FAILED");
    assertThat(o.path("error").asText()).isEqualTo("States.Runtime");
    assertThat(o.path("cause").asText()).contains("function:charge");
  }

  @Test
  void corpusMocksAnswerTasksInOrder() throws IOException {
    Path def = file("charge.asl.json", CHARGE);
    Path mocks = file("mocks.json",
        "{\"Charge\":[{\"throw\":{\"error\":\"Busy\",\"cause\":\"try later\"}},{\"return\":{\"paid\":42}}]}");
    CliRunner.Run r = RunCli.run("run", def.toString(), "--mocks", mocks.toString(), "--history");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode o = onlyJson(r.out());
    assertThat(o.at("/output/charge/paid").asInt()).isEqualTo(42);
    List<String> types = new ArrayList<>();
    o.path("history").forEach(e -> types.add(e.path("type").asText()));
    assertThat(types).contains("LambdaFunctionFailed", "LambdaFunctionSucceeded");

    // a whole case file works too: its "mocks" are taken
    Path caseFile = file("case.json", "{\"name\":\"c\",\"mocks\":{\"Charge\":[{\"throw\":"
        + "{\"error\":\"Declined\",\"cause\":\"card expired\"}}]}}");
    CliRunner.Run failed = RunCli.run("run", def.toString(), "--mocks", caseFile.toString());
    assertThat(failed.exit()).isEqualTo(1);
    assertThat(onlyJson(failed.out()).path("error").asText()).isEqualTo("Declined");
    assertThat(onlyJson(failed.out()).path("cause").asText()).isEqualTo("card expired");

    Path wrong = file("wrong.json", "{\"Charge\":{\"return\":1}}");
    CliRunner.Run bad = RunCli.run("run", def.toString(), "--mocks", wrong.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--mocks").contains("Charge");
  }

  @Test
  void stepFunctionsLocalMockConfigFile() throws IOException {
    Path def = file("charge.asl.json", CHARGE);
    Path config = file("MockConfigFile.json", """
        {
          "StateMachines": {
            "charge": {
              "TestCases": {
                "HappyPath": {"Charge": "Paid"},
                "Declined": {"Charge": "BusyThenDeclined"}
              }
            },
            "other": {"TestCases": {"Only": {"X": "Paid"}}}
          },
          "MockedResponses": {
            "Paid": {"0": {"Return": {"paid": 7}}},
            "BusyThenDeclined": {
              "0": {"Throw": {"Error": "Busy", "Cause": "later"}},
              "1": {"Throw": {"Error": "Declined", "Cause": "no funds"}}
            }
          }
        }
        """);
    CliRunner.Run first = RunCli.run("run", def.toString(), "--mocks", config.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(onlyJson(first.out()).at("/output/charge/paid").asInt()).isEqualTo(7);

    CliRunner.Run declined =
        RunCli.run("run", def.toString(), "--mocks", config.toString(), "--mock-case", "Declined");
    assertThat(declined.exit()).isEqualTo(1);
    assertThat(onlyJson(declined.out()).path("error").asText()).isEqualTo("Declined");

    CliRunner.Run qualified =
        RunCli.run("run", def.toString(), "--mocks", config.toString(), "--mock-case", "charge/Declined");
    assertThat(onlyJson(qualified.out()).path("cause").asText()).isEqualTo("no funds");

    CliRunner.Run unknown =
        RunCli.run("run", def.toString(), "--mocks", config.toString(), "--mock-case", "Nope");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("Nope").contains("HappyPath");

    Path renamed = file("renamed.asl.json", CHARGE);
    CliRunner.Run ambiguous = RunCli.run("run", renamed.toString(), "--mocks", config.toString());
    assertThat(ambiguous.exit()).isEqualTo(2);
    assertThat(ambiguous.err()).contains("renamed").contains("--mock-case MACHINE/CASE");
  }

  @Test
  void aWaitOfThreeDaysPassesInVirtualTime() throws IOException {
    Path def = file("wait.asl.json",
        "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":259200,\"End\":true}}}");
    CliRunner.Run r = RunCli.run(
        "run", def.toString(), "--history", "--start-time", "2024-03-01T12:00:00Z", "--input", "[1,2]");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode o = onlyJson(r.out());
    assertThat(o.path("output")).isEqualTo(JsonArgs.MAPPER.readTree("[1,2]"));
    JsonNode h = o.path("history");
    Instant started = Instant.parse(h.get(0).path("timestamp").asText());
    Instant ended = Instant.parse(h.get(h.size() - 1).path("timestamp").asText());
    assertThat(started).isEqualTo(Instant.parse("2024-03-01T12:00:00Z"));
    assertThat(Duration.between(started, ended)).isEqualTo(Duration.ofDays(3));
  }

  @Test
  void anExecutionParkedOnATaskTokenRunsIntoItsTimeLimitAndSaysWhere() throws IOException {
    Path def = file("approve.asl.json", APPROVE);
    CliRunner.Run r = RunCli.withEngine(
        b -> b.taskHandler("arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            req -> JsonNodeFactory.instance.objectNode().put("MessageId", "m-1")),
        "", "run", def.toString(), "--history");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode o = onlyJson(r.out());
    assertThat(o.path("status").asText()).isEqualTo("TIMED_OUT");
    JsonNode h = o.path("history");
    assertThat(h.get(h.size() - 1).path("type").asText()).isEqualTo("ExecutionTimedOut");
    assertThat(r.err()).contains("TIMED_OUT").contains("state 'Approve'").contains("task token");
  }

  @Test
  void aTaskThatNeverAnswersIsReportedAsStillRunning() throws IOException {
    Path def = file("charge.asl.json", CHARGE);
    CliRunner.Run r = RunCli.withEngine(
        b -> b.taskHandler("arn:aws:lambda:us-east-1:123456789012:function:charge",
            TaskHandler.async(req -> new CompletableFuture<JsonNode>())),
        "", "run", def.toString(), "--timeout", "1");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(onlyJson(r.out()).path("status").asText()).isEqualTo("RUNNING");
    assertThat(r.err()).contains("still RUNNING").contains("state 'Charge'")
        .contains("--timeout 1").contains("in flight");
  }

  @Test
  void corpusMocksAnswerCallbacks() throws IOException {
    Path def = file("approve.asl.json", APPROVE);
    Path mocks = file("mocks.json", "{\"Approve\":[{\"return\":{\"approved\":true}}]}");
    CliRunner.Run r = RunCli.run("run", def.toString(), "--mocks", mocks.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(onlyJson(r.out()).at("/output/approved").asBoolean()).isTrue();
  }

  @Test
  void realTimeRunsAndItsTimeoutStopsALongWait() throws IOException {
    Path quick = file("hello.asl.json", PASS);
    CliRunner.Run ok = RunCli.run("run", quick.toString(), "--real-time", "--input", "{\"who\":\"now\"}");
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(onlyJson(ok.out()).at("/output/greeting").asText()).isEqualTo("hello now");

    Path slow = file("slow.asl.json",
        "{\"StartAt\":\"Nap\",\"States\":{\"Nap\":{\"Type\":\"Wait\",\"Seconds\":3600,\"End\":true}}}");
    CliRunner.Run r = RunCli.run("run", slow.toString(), "--real-time", "--timeout", "1");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(onlyJson(r.out()).path("status").asText()).isEqualTo("RUNNING");
    assertThat(r.err()).contains("'Nap'").contains("--timeout 1");
  }
}
