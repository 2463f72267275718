package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.interpreter.spi.TaskFailedException;
import dev.asl4j.interpreter.spi.TaskHandler;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ParallelMapTest {
  private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:item";
  private final VirtualTimeScheduler time = new VirtualTimeScheduler();

  @Test
  void parallelResultsKeepBranchOrder() {
    AslEngine engine = AslEngine.builder().scheduler(time).build();
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'P','States':{'P':{'Type':'Parallel',"
        + "'Branches':[{'StartAt':'W','States':{'W':{'Type':'Wait','Seconds':5,'Next':'A'},"
        + "'A':{'Type':'Pass','Result':1,'End':true}}},{'StartAt':'B','States':{'B':{'Type':'Pass',"
        + "'Result':2,'End':true}}}],'End':true}}}"));
    assertThat(d.run(null).output()).isEqualTo(Json.parse("[1,2]"));
  }

  @Test
  void aFailingBranchAbortsTheOthersAndFailsWithItsError() {
    AslEngine engine = AslEngine.builder().scheduler(time).build();
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'P','States':{'P':{'Type':'Parallel',"
        + "'Branches':[{'StartAt':'W','States':{'W':{'Type':'Wait','Seconds':50,'End':true}}},"
        + "{'StartAt':'F','States':{'F':{'Type':'Fail','Error':'Bad','Cause':'c'}}}],'End':true}}}"));
    ExecutionResult r = d.run(null);
    assertThat(r.error()).isEqualTo("Bad");
    List<String> types = r.history().stream().map(HistoryEvent::type).collect(Collectors.toList());
    assertThat(types).contains("WaitStateAborted", "ParallelStateFailed").doesNotContain("WaitStateExited");
  }

  @Test
  void mapUsesItemSelectorWithContextAndKeepsOrder() {
    AslEngine engine = AslEngine.builder().scheduler(time).build();
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'M','States':{'M':{'Type':'Map',"
        + "'ItemsPath':'$.xs','ItemSelector':{'i.$':'$$.Map.Item.Index','v.$':'$$.Map.Item.Value',"
        + "'k.$':'$.k'},'ItemProcessor':{'StartAt':'W','States':{'W':{'Type':'Wait','SecondsPath':"
        + "'$.v','End':true}}},'ResultPath':'$.out','End':true}}}"));
    ExecutionResult r = d.run(Json.parse("{'k':'K','xs':[3,1,2]}"));
    assertThat(r.output().get("out")).isEqualTo(Json.parse(
        "[{'i':0,'v':3,'k':'K'},{'i':1,'v':1,'k':'K'},{'i':2,'v':2,'k':'K'}]"));
  }

  @Test
  void maxConcurrencyBoundsInFlightIterations() {
    List<CompletableFuture<JsonNode>> inFlight = new ArrayList<>();
    int[] peak = new int[1];
    AslEngine engine = AslEngine.builder().scheduler(time).taskHandler(FN, TaskHandler.async(r -> {
      CompletableFuture<JsonNode> f = new CompletableFuture<>();
      inFlight.add(f);
      peak[0] = Math.max(peak[0], (int) inFlight.stream().filter(x -> !x.isDone()).count());
      return f;
    })).build();
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'M','States':{'M':{'Type':'Map',"
        + "'MaxConcurrency':2,'ItemProcessor':{'StartAt':'T','States':{'T':{'Type':'Task',"
        + "'Resource':'" + FN + "','End':true}}},'End':true}}}"));
    Execution ex = d.start(Json.parse("[1,2,3,4,5]"));
    for (int i = 0; i < 5; i++) {
      assertThat(inFlight).hasSize(Math.min(i + 2, 5));
      inFlight.get(i).complete(Json.parse(String.valueOf(i * 10)));
    }
    assertThat(ex.awaitResult(java.time.Duration.ofSeconds(5)).output())
        .isEqualTo(Json.parse("[0,10,20,30,40]"));
    assertThat(peak[0]).isEqualTo(2);
  }

  @Test
  void firstIterationFailureFailsTheMapWithItsError() {
    AslEngine engine = AslEngine.builder().scheduler(time).taskHandler(FN, r -> {
      if (r.input().asInt() == 2) {
        throw new TaskFailedException("ItemFailed", "item 2");
      }
      return r.input();
    }).build();
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'M','States':{'M':{'Type':'Map',"
        + "'ItemProcessor':{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + FN + "',"
        + "'End':true}}},'End':true}}}"));
    ExecutionResult r = d.run(Json.parse("[1,2,3]"));
    assertThat(r.error()).isEqualTo("ItemFailed");
    assertThat(r.history().stream().map(HistoryEvent::type).collect(Collectors.toList()))
        .contains("MapIterationFailed", "MapStateFailed");
  }

  @Test
  void distributedMapToleratesFailuresUpToTheThreshold() {
    AslEngine engine = AslEngine.builder().scheduler(time).taskHandler(FN, r -> {
      if (r.input().asInt() % 2 == 0) {
        throw new TaskFailedException("Even", null);
      }
      return r.input();
    }).build();
    String def = "{'StartAt':'M','States':{'M':{'Type':'Map','ToleratedFailureCount':%d,"
        + "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'STANDARD'},"
        + "'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + FN + "','End':true}}},"
        + "'End':true}}}";
    ExecutionResult ok = engine.load(Json.parse(String.format(def, 2))).run(Json.parse("[1,2,3,4,5]"));
    assertThat(ok.output()).isEqualTo(Json.parse("[1,3,5]"));
    ExecutionResult bad = engine.load(Json.parse(String.format(def, 1))).run(Json.parse("[1,2,3,4,5]"));
    assertThat(bad.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    assertThat(bad.history().stream().map(HistoryEvent::type).collect(Collectors.toList()))
        .contains("MapRunStarted", "MapRunFailed").doesNotContain("TaskStateEntered");
  }

  @Test
  void emptyMapSucceedsWithAnEmptyArray() {
    AslEngine engine = AslEngine.builder().scheduler(time).build();
    StateMachineDefinition d = engine.load(Json.parse("{'StartAt':'M','States':{'M':{'Type':'Map',"
        + "'ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}},'End':true}}}"));
    assertThat(d.run(Json.parse("[]")).output()).isEqualTo(Json.parse("[]"));
  }
}
