package dev.asl4j.parser.internal;

import static dev.asl4j.parser.internal.Parsing.errorLines;
import static dev.asl4j.parser.internal.Parsing.single;
import static dev.asl4j.parser.internal.Parsing.stateA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.model.Catcher;
import dev.asl4j.parser.model.Retrier;
import dev.asl4j.parser.model.TaskState;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Retry and Catch, with AWS's defaults. */
class ErrorHandlersTest {
  private static String task(String handlers) {
    return "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Task\", \"Resource\": \"arn:x\", "
        + "\"End\": true, " + handlers + "}, \"B\": {\"Type\": \"Succeed\"}}}";
  }

  @Test
  void retrierDefaults() {
    TaskState t = stateA(task("\"Retry\": [{\"ErrorEquals\": [\"States.ALL\"]}]"));
    Retrier r = t.retry().get(0);
    assertThat(r.pointer()).isEqualTo("/States/A/Retry/0");
    assertThat(r.errorEquals()).containsExactly("States.ALL");
    assertThat(r.intervalSeconds()).isEqualTo(1);
    assertThat(r.maxAttempts()).isEqualTo(3);
    assertThat(r.backoffRate()).isEqualTo(2.0);
    assertThat(r.maxDelaySeconds()).isEmpty();
    assertThat(r.jitter()).isEqualTo(Retrier.JitterStrategy.NONE);
  }

  @Test
  void retrierExplicitValues() {
    TaskState t = stateA(task("\"Retry\": [{\"ErrorEquals\": [\"A\", \"B\"], \"IntervalSeconds\": "
        + "5, \"MaxAttempts\": 0, \"BackoffRate\": 1.5, \"MaxDelaySeconds\": 60, "
        + "\"JitterStrategy\": \"FULL\", \"Comment\": \"c\"}]"));
    assertThat(t.retry().get(0)).isEqualTo(new Retrier("/States/A/Retry/0", List.of("A", "B"), 5,
        0, 1.5, Optional.of(60), Retrier.JitterStrategy.FULL, Optional.of("c")));
  }

  @Test
  void retrierRanges() {
    assertThat(errorLines(task("\"Retry\": [{\"ErrorEquals\": [\"A\"], \"IntervalSeconds\": 0, "
        + "\"MaxAttempts\": -1, \"BackoffRate\": 0.5, \"MaxDelaySeconds\": 0, "
        + "\"JitterStrategy\": \"HALF\", \"Extra\": true}, {}, 7]"))).containsExactlyInAnyOrder(
            "/States/A/Retry/0: Field 'Extra' is not supported",
            "/States/A/Retry/0/IntervalSeconds: Minimum value is 1",
            "/States/A/Retry/0/MaxAttempts: Minimum value is 0",
            "/States/A/Retry/0/BackoffRate: Minimum value is 1.0",
            "/States/A/Retry/0/MaxDelaySeconds: Minimum value is 1",
            "/States/A/Retry/0/JitterStrategy: The field 'JitterStrategy' should have one of "
                + "these values: [FULL, NONE]",
            "/States/A/Retry/1: These fields are required: [ErrorEquals]",
            "/States/A/Retry/2: Expected value of type Object");
  }

  @Test
  void catchers() {
    TaskState t = stateA(task("\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"B\", "
        + "\"ResultPath\": \"$.err\", \"Comment\": \"c\"}, {\"ErrorEquals\": [\"X\"], "
        + "\"Next\": \"B\"}]"));
    Catcher c = t.catchers().get(0);
    assertThat(c.pointer()).isEqualTo("/States/A/Catch/0");
    assertThat(c.next()).isEqualTo("B");
    assertThat(c.resultPath().text()).isEqualTo("$.err");
    assertThat(c.comment()).contains("c");
    assertThat(t.catchers().get(1).resultPath()).isEqualTo(Path.ROOT);
    assertThat(errorLines(task("\"Catch\": [{}]"))).containsExactly(
        "/States/A/Catch/0: These fields are required: [ErrorEquals, Next]");
    assertThat(errorLines(task("\"Catch\": [{\"ErrorEquals\": [1], \"Next\": \"B\"}]")))
        .containsExactly("/States/A/Catch/0/ErrorEquals/0: Expected value of type String");
  }

  @Test
  void handlersOnStatesThatHaveNone() {
    assertThat(errorLines(single("{\"Type\": \"Pass\", \"End\": true, \"Retry\": [], "
        + "\"Catch\": []}"))).containsExactly("/States/A: Field 'Retry' is not supported",
            "/States/A: Field 'Catch' is not supported");
  }
}
