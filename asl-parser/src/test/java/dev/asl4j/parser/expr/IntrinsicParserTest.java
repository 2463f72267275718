package dev.asl4j.parser.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.asl4j.parser.expr.IntrinsicCall.CallArg;
import dev.asl4j.parser.expr.IntrinsicCall.LiteralArg;
import dev.asl4j.parser.expr.IntrinsicCall.PathArg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicParserTest {

  @Test
  void parsesEveryArgumentKind() throws Exception {
    IntrinsicCall call =
        IntrinsicCall.parse(
            "States.Format('Hi {}', $.name, $$.Execution.Id, $v[0], 12, -3, 1.5, -2.5e3,"
                + " 5000000000, true, false, null, States.UUID())");
    assertThat(call.name()).isEqualTo("States.Format");
    assertThat(call.args())
        .containsExactly(
            new LiteralArg(new TextNode("Hi {}")),
            new PathArg(Path.parse("$.name")),
            new PathArg(Path.parse("$$.Execution.Id")),
            new PathArg(Path.parse("$v[0]")),
            new LiteralArg(IntNode.valueOf(12)),
            new LiteralArg(IntNode.valueOf(-3)),
            new LiteralArg(DoubleNode.valueOf(1.5)),
            new LiteralArg(DoubleNode.valueOf(-2500)),
            new LiteralArg(LongNode.valueOf(5_000_000_000L)),
            new LiteralArg(BooleanNode.TRUE),
            new LiteralArg(BooleanNode.FALSE),
            new LiteralArg(NullNode.getInstance()),
            new CallArg(new IntrinsicCall("States.UUID", java.util.List.of())));
  }

  @Test
  void escapesResolveAndKeepTheirSource() throws Exception {
    IntrinsicCall call = IntrinsicCall.parse("States.Format('\\{\\} it\\'s a \\\\ {}', $.x)");
    LiteralArg template = (LiteralArg) call.args().get(0);
    assertThat(template.value().textValue()).isEqualTo("{} it's a \\ {}");
    assertThat(IntrinsicFunctions.sourceText(template.value()))
        .isEqualTo("\\{\\} it\\'s a \\\\ {}");
    assertThat(IntrinsicFunctions.sourceText(new TextNode("x"))).isNull();
  }

  @Test
  void otherBackslashesAreKeptAsWritten() throws Exception {
    LiteralArg a = (LiteralArg) IntrinsicCall.parse("F('a\\nb')").args().get(0);
    assertThat(a.value().textValue()).isEqualTo("a\\nb");
  }

  @Test
  void pathArgumentsMayContainCommasAndParensInBrackets() throws Exception {
    IntrinsicCall call = IntrinsicCall.parse("States.Array($['a,b'], $.c[?(@.d == ')')], $.e)");
    assertThat(call.args()).hasSize(3);
    assertThat(((PathArg) call.args().get(0)).path().segments())
        .containsExactly(Path.Segment.field("a,b"));
  }

  @Test
  void whitespaceAroundArguments() throws Exception {
    assertThat(IntrinsicCall.parse("States.MathAdd(  1 ,2\t)").args()).hasSize(2);
    assertThat(IntrinsicCall.parse("States.UUID( )").args()).isEmpty();
  }

  @Test
  void nestingIsLimitedToTenLevels() throws Exception {
    assertThat(IntrinsicCall.parse(nested(10)).name()).isEqualTo("States.Array");
    assertThatThrownBy(() -> IntrinsicCall.parse(nested(11)))
        .isInstanceOf(ExpressionSyntaxException.class)
        .hasMessageContaining("nested");
    assertThatThrownBy(() -> IntrinsicCall.parse(nested(100_000)))
        .isInstanceOf(ExpressionSyntaxException.class);
  }

  private static String nested(int depth) {
    return "States.Array(".repeat(depth) + ")".repeat(depth);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "States.Format", "States.Format(", "States.Format('a'", "States.Format('a\\",
        "States.Format('a\\')", "States.Format('a',)", "States.Format(,)", "(1)",
        "States.Format('a') ", " States.UUID()", "States.X(1 2)", "States.X(tru)",
        "States.X(1.)", "States.X(-)", "States.X(1e)", "States.X($.a b)", "States.X($.)",
        "States.X(\"a\")", "States.X(1e999)", "States X()", "States.X()()"
      })
  void invalidCalls(String text) {
    assertThatThrownBy(() -> IntrinsicCall.parse(text))
        .isInstanceOf(ExpressionSyntaxException.class);
  }

  @Test
  void renderRoundTrips() throws Exception {
    for (String text :
        new String[] {
          "States.Format('\\{\\} {} it\\'s', $.a, 1, -1.5, true, null)",
          "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), 0)",
          "States.JsonMerge($.a, $v.b, false)", "States.UUID()"
        }) {
      IntrinsicCall call = IntrinsicCall.parse(text);
      assertThat(call.toSource()).isEqualTo(text);
      assertThat(IntrinsicCall.parse(call.toSource())).isEqualTo(call);
    }
  }

  @Test
  void looksLikeCall() {
    assertThat(IntrinsicCall.looksLikeCall("States.UUID()")).isTrue();
    assertThat(IntrinsicCall.looksLikeCall("$.a.length()")).isFalse();
  }
}
