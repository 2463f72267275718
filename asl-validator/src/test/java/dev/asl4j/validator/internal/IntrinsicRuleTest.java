package dev.asl4j.validator.internal;

import static dev.asl4j.parser.DiagnosticCode.INVALID_INTRINSIC;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.asl4j.parser.expr.IntrinsicCall;
import dev.asl4j.parser.expr.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntrinsicRuleTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private static List<String> problems(IntrinsicCall call) {
    List<String> out = new ArrayList<>();
    IntrinsicRule.problems(call, out);
    return out;
  }

  @Test
  void checksNamesArityAndLiteralTypesOnHandBuiltCalls() throws Exception {
    IntrinsicCall.Arg path = new IntrinsicCall.PathArg(Path.parse("$.a"));
    assertThat(problems(new IntrinsicCall("States.MathAdd", List.of(path, path)))).isEmpty();
    assertThat(problems(new IntrinsicCall("States.Nope", List.of())))
        .containsExactly("'States.Nope' is not an intrinsic function");
    assertThat(problems(new IntrinsicCall("States.MathAdd", List.of(path))))
        .containsExactly("States.MathAdd takes 2 arguments, got 1");
    assertThat(problems(new IntrinsicCall("States.MathAdd",
        List.of(path, new IntrinsicCall.LiteralArg(F.textNode("-1"))))))
        .containsExactly("States.MathAdd argument 2 must be a path or a number, got \"-1\"");
    assertThat(problems(new IntrinsicCall("States.Format", List.of())))
        .containsExactly("States.Format takes at least 1 argument, got 0");
    assertThat(problems(new IntrinsicCall("States.MathRandom", List.of(path, path, path, path))))
        .containsExactly("States.MathRandom takes 2 to 3 arguments, got 4");
  }

  @Test
  void nestedCallsAreChecked() {
    IntrinsicCall inner = new IntrinsicCall("States.UUID",
        List.of(new IntrinsicCall.LiteralArg(F.numberNode(1))));
    IntrinsicCall outer = new IntrinsicCall("States.Format",
        List.of(new IntrinsicCall.LiteralArg(F.textNode("{}")), new IntrinsicCall.CallArg(inner)));
    assertThat(problems(outer)).containsExactly("States.UUID takes 0 arguments, got 1");
  }

  @Test
  void checksEveryTemplateAndFailPaths() {
    Check c = Check.of("""
        {"StartAt": "P", "States": {
          "P": {"Type": "Pass", "Next": "F",
                "Parameters": {"ok.$": "States.Format('{} {}', $.a, States.UUID())",
                               "deep": [{"bad.$": "States.ArrayRange(1, 2)"}]},
                "Assign": {"v.$": "States.Nope($.x)"}},
          "F": {"Type": "Fail", "ErrorPath": "States.StringSplit('a')"}}}
        """);
    assertThat(c.at(INVALID_INTRINSIC)).containsExactlyInAnyOrder(
        "/States/P/Parameters/deep/0/bad.$", "/States/P/Assign/v.$", "/States/F/ErrorPath");
  }

  @Test
  void jsonataStatesAreNotScanned() {
    Check c = Check.of("""
        {"QueryLanguage": "JSONata", "StartAt": "P", "States": {
          "P": {"Type": "Pass", "Output": {"x.$": "States.Nope()"}, "End": true}}}
        """);
    assertThat(c.at(INVALID_INTRINSIC)).isEmpty();
  }
}
