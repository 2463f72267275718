package dev.asl4j.parser.expr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IntrinsicParserProperties {

  /** render() gives text that parses back to an equal call. */
  @Property(tries = 1000)
  void renderParsesBack(@ForAll("calls") IntrinsicCall call) throws Exception {
    String text = call.toSource();
    IntrinsicCall again = IntrinsicCall.parse(text);
    assertThat(again).isEqualTo(call);
    assertThat(again.toSource()).isEqualTo(text);
  }

  /** Whatever the text, parsing ends in a call or an ExpressionSyntaxException. */
  @Property(tries = 3000)
  void neverThrowsAnythingElse(@ForAll("callLike") String text) {
    try {
      IntrinsicCall.parse(text);
    } catch (ExpressionSyntaxException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<IntrinsicCall> calls() {
    return call(3);
  }

  private Arbitrary<IntrinsicCall> call(int depth) {
    Arbitrary<IntrinsicCall.Arg> literal =
        Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(10).map(TextNode::new),
                Arbitraries.integers().map(IntNode::valueOf),
                // the parser keeps a long only when it does not fit an int
                Arbitraries.longs().filter(l -> l != (int) (long) l).map(LongNode::valueOf),
                Arbitraries.doubles().map(DoubleNode::valueOf),
                Arbitraries.of(BooleanNode.TRUE, BooleanNode.FALSE, NullNode.getInstance()))
            .map(IntrinsicCall.LiteralArg::new);
    Arbitrary<IntrinsicCall.Arg> path =
        Arbitraries.of("$", "$.a", "$$.Execution.Input", "$v.x[1]", "$['a,b)']", "$.a[*].b")
            .map(t -> {
              try {
                return new IntrinsicCall.PathArg(Path.parse(t));
              } catch (ExpressionSyntaxException e) {
                throw new AssertionError(e);
              }
            });
    Arbitrary<IntrinsicCall.Arg> arg =
        depth == 0
            ? Arbitraries.oneOf(literal, path)
            : Arbitraries.oneOf(literal, path,
                Arbitraries.lazy(() -> call(depth - 1)).map(IntrinsicCall.CallArg::new));
    Arbitrary<String> name = Arbitraries.of("States.Format", "States.Array", "My.fn_1", "x");
    return net.jqwik.api.Combinators.combine(name, arg.list().ofMaxSize(4))
        .as((n, a) -> new IntrinsicCall(n, a));
  }

  @Provide
  Arbitrary<String> callLike() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "States.Format", "(", ")", "'", "\\", ",", " ", "$.a", "$[", "]", "1", "-", ".",
            "e", "true", "null", "{}", "States.UUID()", "\"");
    return pieces.list().ofMaxSize(20).map(l -> String.join("", l));
  }
}
