package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActivitiesTest {
  private final AslEngine engine =
      AslEngine.builder().scheduler(new VirtualTimeScheduler()).build();

  @Test
  void aWorkerPollsAndCompletesTheTask() {
    String arn = engine.activities().createActivity("approve");
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'A','States':{'A':{'Type':'Task',"
        + "'Resource':'" + arn + "','End':true}}}"));
    Execution ex = d.start(Json.parse("{'order':1}"));
    ActivityTask task = engine.activities().getActivityTask(arn, "worker-1").orElseThrow();
    assertThat(task.input()).isEqualTo(Json.parse("{'order':1}"));
    assertThat(engine.activities().getActivityTask(arn, "worker-2")).isEmpty();
    engine.sendTaskSuccess(task.taskToken(), Json.parse("{'ok':true}"));
    ExecutionResult r = ex.awaitResult(Duration.ofSeconds(5));
    assertThat(r.output()).isEqualTo(Json.parse("{'ok':true}"));
    assertThat(r.history().stream().map(HistoryEvent::type).collect(Collectors.toList()))
        .containsSubsequence("ActivityScheduled", "ActivityStarted", "ActivitySucceeded");
    assertThat(r.history().get(3).toJson().path("activityStartedEventDetails").path("workerName")
        .asText()).isEqualTo("worker-1");
  }

  @Test
  void anActivityThatDoesNotExistFailsLikeAws() {
    String arn = "arn:aws:states:us-east-1:123456789012:activity:nope";
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'A','States':{'A':{'Type':'Task',"
        + "'Resource':'" + arn + "','End':true}}}"));
    ExecutionResult r = d.run(null);
    assertThat(r.error()).isEqualTo("States.Runtime");
    assertThat(r.cause()).endsWith("The activity " + arn + " does not exist.");
  }

  @Test
  void unclaimedTaskTimesOut() {
    String arn = engine.activities().createActivity("slow");
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'A','States':{'A':{'Type':'Task',"
        + "'Resource':'" + arn + "','TimeoutSeconds':30,'End':true}}}"));
    ExecutionResult r = d.run(null);
    assertThat(r.error()).isEqualTo("States.Timeout");
    assertThat(engine.activities().getActivityTask(arn, "late")).isEmpty();
  }

  @Test
  void aWaitingPollGetsTheNextScheduledTaskAndRecordsTheWorker() {
    String arn = engine.activities().createActivity("later");
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'A','States':{'A':{'Type':'Task',"
        + "'Resource':'" + arn + "','End':true}}}"));
    CompletableFuture<Optional<ActivityTask>> poll =
        engine.activities().awaitActivityTask(arn, "w-1");
    assertThat(poll).isNotDone();
    Execution ex = d.start(Json.parse("{'n':7}"));
    ActivityTask task = poll.getNow(Optional.empty()).orElseThrow();
    assertThat(task.input()).isEqualTo(Json.parse("{'n':7}"));
    engine.sendTaskSuccess(task.taskToken(), Json.parse("{'done':true}"));
    ExecutionResult r = ex.awaitResult(Duration.ofSeconds(5));
    assertThat(r.output()).isEqualTo(Json.parse("{'done':true}"));
    assertThat(r.history().stream().map(HistoryEvent::type).collect(Collectors.toList()))
        .containsSubsequence("ActivityScheduled", "ActivityStarted", "ActivitySucceeded");
    assertThat(r.history().stream().filter(e -> e.type().equals("ActivityStarted")).count())
        .isEqualTo(1);
  }

  @Test
  void aPollThatGaveUpLeavesTheTaskForTheNextWorker() {
    String arn = engine.activities().createActivity("handoff");
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'A','States':{'A':{'Type':'Task',"
        + "'Resource':'" + arn + "','End':true}}}"));
    CompletableFuture<Optional<ActivityTask>> gaveUp =
        engine.activities().awaitActivityTask(arn, "w-timeout");
    gaveUp.complete(Optional.empty()); // the long poll's 60 s ran out
    Execution ex = d.start(null);
    assertThat(gaveUp.join()).isEmpty();
    CompletableFuture<Optional<ActivityTask>> next =
        engine.activities().awaitActivityTask(arn, "w-2");
    ActivityTask task = next.getNow(Optional.empty()).orElseThrow();
    engine.sendTaskFailure(task.taskToken(), "Nope", "no");
    assertThat(ex.awaitResult(Duration.ofSeconds(5)).error()).isEqualTo("Nope");
    assertThat(ex.history().get(3).toJson().path("activityStartedEventDetails").path("workerName")
        .asText()).isEqualTo("w-2");
  }
}
