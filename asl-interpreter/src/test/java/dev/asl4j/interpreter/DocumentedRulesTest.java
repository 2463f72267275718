package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Rules taken from AWS's Step Functions documentation that the recorded corpus covers only in
 * part: the payload quota in UTF-8 bytes (task results and task input), the longest Wait, {@code
 * Map.Item.Source}, negative JSONata timeouts, Assign against OutputPath, and a JSONata Items
 * expression that yields a function.
 */
class DocumentedRulesTest {
  private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:work";
  private final VirtualTimeScheduler time = new VirtualTimeScheduler();

  private AslEngine engineReturning(String text) {
    return AslEngine.builder().scheduler(time).taskHandler(FN, r -> TextNode.valueOf(text)).build();
  }

  private static String task(String extra) {
    return "{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + FN + "'" + extra
        + ",'End':true}}}";
  }

  @Test
  void taskResultQuotaCountsUtf8BytesNotCharacters() {
    // 87,000 euro signs: 261,002 bytes with the quotes, under 262,144; 90,000: 270,002, over it,
    // although both are far fewer characters than the quota.
    ExecutionResult under = engineReturning("€".repeat(87_000)).load(Json.parse(task(""))).run(Json.parse("{}"));
    ExecutionResult over = engineReturning("€".repeat(90_000)).load(Json.parse(task(""))).run(Json.parse("{}"));
    assertThat(under.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(over.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(over.error()).isEqualTo("States.DataLimitExceeded");
    assertThat(over.cause()).isEqualTo("The state/task '" + FN
        + "' returned a result with a size exceeding the maximum number of bytes service limit.");
  }

  @Test
  void taskInputOverTheQuotaAfterParametersFailsTheState() {
    ExecutionResult r = engineReturning("ok")
        .load(Json.parse(task(",'Parameters':{'a.$':'$.s','b.$':'$.s'}")))
        .run(Json.parse("{'s':'" + "é".repeat(70_000) + "'}")); // 140 KB in, 280 KB to the task
    assertThat(r.error()).isEqualTo("States.DataLimitExceeded");
    assertThat(r.cause()).contains("'T' returned a result with a size exceeding");
    assertThat(r.history().stream().map(HistoryEvent::type)).doesNotContain("LambdaFunctionScheduled");
  }

  @Test
  void waitTimestampBeyondTheLongestWaitFailsAtOnce() {
    AslEngine engine = AslEngine.builder().scheduler(time).build();
    Instant start = time.now();
    ExecutionResult far = engine.load(Json.parse("{'StartAt':'W','States':{'W':{'Type':'Wait',"
        + "'TimestampPath':'$.t','End':true}}}")).run(Json.parse("{'t':'9999-12-31T23:59:59Z'}"));
    assertThat(far.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(far.error()).isEqualTo("States.Runtime");
    assertThat(far.cause()).endsWith("The TimestampPath parameter does not reference a valid"
        + " ISO-8601 extended offset date-time format string: $.t == 9999-12-31T23:59:59Z");
    assertThat(time.now()).isEqualTo(start);

    ExecutionResult jsonata = engine.load(Json.parse("{'QueryLanguage':'JSONata','StartAt':'W',"
        + "'States':{'W':{'Type':'Wait','Timestamp':'{% $states.input.t %}','End':true}}}"))
        .run(Json.parse("{'t':'9999-12-31T23:59:59Z'}"));
    assertThat(jsonata.error()).isEqualTo("States.Runtime");

    String soon = start.plus(Duration.ofDays(300)).toString();
    ExecutionResult near = engine.load(Json.parse("{'StartAt':'W','States':{'W':{'Type':'Wait',"
        + "'TimestampPath':'$.t','End':true}}}")).run(Json.parse("{'t':'" + soon + "'}"));
    assertThat(near.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(time.now()).isEqualTo(Instant.parse(soon));
  }

  @Test
  void mapItemSourceIsStateDataForItemsFromTheInput() {
    AslEngine engine = AslEngine.builder().scheduler(time).build();
    String processor = "'ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}";
    ExecutionResult path = engine.load(Json.parse("{'StartAt':'M','States':{'M':{'Type':'Map',"
        + "'ItemSelector':{'s.$':'$$.Map.Item.Source','i.$':'$$.Map.Item.Index'}," + processor
        + ",'End':true}}}")).run(Json.parse("['a','b']"));
    assertThat(path.output()).isEqualTo(Json.parse("[{'s':'STATE_DATA','i':0},{'s':'STATE_DATA','i':1}]"));
    ExecutionResult jsonata = engine.load(Json.parse("{'QueryLanguage':'JSONata','StartAt':'M',"
        + "'States':{'M':{'Type':'Map','ItemSelector':{'s':'{% $states.context.Map.Item.Source %}'},"
        + processor + ",'End':true}}}")).run(Json.parse("[1]"));
    assertThat(jsonata.output()).isEqualTo(Json.parse("[{'s':'STATE_DATA'}]"));
  }

  @Test
  void negativeJsonataTimeoutOrHeartbeatIsAQueryEvaluationError() {
    AslEngine engine = engineReturning("ok");
    for (String field : new String[] {"TimeoutSeconds", "HeartbeatSeconds"}) {
      String other = field.equals("HeartbeatSeconds") ? ",'TimeoutSeconds':10" : "";
      ExecutionResult r = engine.load(Json.parse("{'QueryLanguage':'JSONata','StartAt':'T',"
          + "'States':{'T':{'Type':'Task','Resource':'" + FN + "','" + field + "':"
          + "'{% $states.input.n %}'" + other + ",'End':true}}}")).run(Json.parse("{'n':-5}"));
      assertThat(r.error()).as(field).isEqualTo("States.QueryEvaluationError");
      assertThat(r.cause()).as(field).endsWith(field + " cannot be negative.");
    }
  }

  @Test
  void outputPathSeesVariablesAsTheyWereBeforeTheStatesAssign() {
    AslEngine engine = engineReturning("from-task");
    ExecutionResult pass = engine.load(Json.parse("{'StartAt':'A','States':{"
        + "'A':{'Type':'Pass','Assign':{'x':'old'},'Next':'B'},"
        + "'B':{'Type':'Pass','Assign':{'x':'new'},'OutputPath':'$x','Next':'C'},"
        + "'C':{'Type':'Pass','Parameters':{'before.$':'$','after.$':'$x'},'End':true}}}"))
        .run(Json.parse("{}"));
    assertThat(pass.output()).isEqualTo(Json.parse("{'before':'old','after':'new'}"));
    ExecutionResult taskState = engine.load(Json.parse("{'StartAt':'A','States':{"
        + "'A':{'Type':'Pass','Assign':{'x':'old'},'Next':'T'},"
        + "'T':{'Type':'Task','Resource':'" + FN + "','Assign':{'x.$':'$'},'OutputPath':'$x',"
        + "'End':true}}}")).run(Json.parse("{}"));
    assertThat(taskState.output()).isEqualTo(TextNode.valueOf("old"));
  }

  @Test
  void itemsExpressionYieldingAFunctionHasNoJsonType() {
    ExecutionResult r = AslEngine.builder().scheduler(time).build().load(Json.parse(
        "{'QueryLanguage':'JSONata','StartAt':'M','States':{'M':{'Type':'Map',"
            + "'Items':'{% function($v){$v} %}','ItemProcessor':{'StartAt':'P','States':{'P':"
            + "{'Type':'Pass','End':true}}},'End':true}}}")).run(Json.parse("{}"));
    assertThat(r.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(r.cause()).endsWith("The JSONata expression 'function($v){$v}' for the field"
        + " 'Items' returned an unsupported result type.");
  }
}
