package dev.asl4j.parser.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asl4j.parser.expr.Path.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathParserTest {

  @Test
  void rootIsTheSharedConstant() throws Exception {
    assertThat(Path.parse("$")).isSameAs(Path.ROOT);
    assertThat(Path.ROOT.segments()).isEmpty();
  }

  @Test
  void simplePathsBecomeSegments() throws Exception {
    Path p = Path.parse("$.a['b c'][\"d\"][3].e[-1]");
    assertThat(p.isSimple()).isTrue();
    assertThat(p.root()).isEqualTo(Path.Root.INPUT);
    assertThat(p.segments())
        .containsExactly(
            Segment.field("a"), Segment.field("b c"), Segment.field("d"), Segment.index(3),
            Segment.field("e"), Segment.index(-1));
  }

  @Test
  void quotedNamesKeepEscapesAsWritten() throws Exception {
    // as AWS does (conformance case test_escape_sequence_parsing__ESCAPE_SEQUENCES_JSONPATH)
    assertThat(Path.parse("$['Test\\\"\"Name\"']").segments())
        .containsExactly(Segment.field("Test\\\"\"Name\""));
    assertThat(Path.parse("$['it\\'s']").segments()).containsExactly(Segment.field("it\\'s"));
    assertThat(Path.parse("$[\"a\\\\b\"]").segments()).containsExactly(Segment.field("a\\\\b"));
    assertThat(Path.parse("$['']").segments()).containsExactly(Segment.field(""));
  }

  @Test
  void contextPaths() throws Exception {
    Path p = Path.parse("$$.Execution.Input.x");
    assertThat(p.root()).isEqualTo(Path.Root.CONTEXT);
    assertThat(p.segments())
        .containsExactly(Segment.field("Execution"), Segment.field("Input"), Segment.field("x"));
    assertThat(p.relativeText()).isEqualTo("$.Execution.Input.x");
    assertThat(Path.parse("$$").segments()).isEmpty();
    assertThat(Path.parse("$$").root()).isEqualTo(Path.Root.CONTEXT);
  }

  @Test
  void variablePaths() throws Exception {
    Path p = Path.parse("$order.items[0]");
    assertThat(p.root()).isEqualTo(Path.Root.VARIABLE);
    assertThat(p.variable()).isEqualTo("order");
    assertThat(p.segments()).containsExactly(Segment.field("items"), Segment.index(0));
    assertThat(p.relativeText()).isEqualTo("$.items[0]");
    assertThat(Path.parse("$_x1").variable()).isEqualTo("_x1");
    assertThat(Path.parse("$número").variable()).isEqualTo("número");
    assertThat(Path.parse("$x").segments()).isEmpty();
  }

  @Test
  void statesIsReserved() {
    assertThatThrownBy(() -> Path.parse("$states.input"))
        .isInstanceOf(ExpressionSyntaxException.class)
        .hasMessageContaining("reserved");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "$.a[*]", "$.a.*", "$..a", "$..*", "$..[0]", "$.a[1,2]", "$['a','b']", "$.a[1:3]",
        "$.a[:2]", "$.a[-2:]", "$.a[?(@.x > 1)]", "$.a[?(@.n == 'x)]')]", "$.a.length()",
        "$[?(@.a =~ /a)b/i)]", "$.a[ * ]", "$$.a[*]", "$v[*]", "$.['a']"
      })
  void generalPathsAreValidButNotAllSimple(String text) throws Exception {
    Path p = Path.parse(text);
    assertThat(p.text()).isEqualTo(text);
    if (!text.equals("$.['a']")) {
      assertThat(p.isSimple()).as(text).isFalse();
      assertThatThrownBy(() -> Path.parseReference(text))
          .isInstanceOf(ExpressionSyntaxException.class);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "a", ".a", "$.", "$..", "$.a.", "$[", "$[]", "$['a'", "$[a]", "$.a b", "$ .a",
        "$[1:2:3]", "$[(@.length-1)]", "$[?(@.a]", "$[?()]", "$.a()b", "$-x", "$1",
        "$[99999999999]", "$['a\\", "$.a..", "$[?@.a]"
      })
  void invalidPaths(String text) {
    assertThatThrownBy(() -> Path.parse(text)).isInstanceOf(ExpressionSyntaxException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"$.a@b", "$.a,b", "$.a:b", "$.a?", "$.a*b"})
  void referencePathsRejectReservedCharacters(String text) throws Exception {
    assertThat(Path.parse(text).isSimple()).isTrue();
    assertThatThrownBy(() -> Path.parseReference(text))
        .isInstanceOf(ExpressionSyntaxException.class);
  }

  @Test
  void referencePathsAcceptQuotedReservedCharacters() throws Exception {
    assertThat(Path.parseReference("$['a:b,c']").segments())
        .containsExactly(Segment.field("a:b,c"));
  }

  @Test
  void filterNestingIsBounded() throws Exception {
    String ok = "$[?(" + "(".repeat(30) + "@.a" + ")".repeat(30) + ")]";
    assertThat(Path.parse(ok).isSimple()).isFalse();
    String deep = "$[?(" + "(".repeat(40) + "@.a" + ")".repeat(40) + ")]";
    assertThatThrownBy(() -> Path.parse(deep)).isInstanceOf(ExpressionSyntaxException.class)
        .hasMessageContaining("deeply");
  }

  @Test
  void equalityIsByText() throws Exception {
    assertThat(Path.parse("$.a")).isEqualTo(Path.parse("$.a")).isNotEqualTo(Path.parse("$['a']"));
  }

  @Test
  void hugeInputsDoNotOverflowTheStack() {
    String deep = "$" + ".a".repeat(200_000);
    assertThat(List.of(deep)).allSatisfy(t -> {
      try {
        assertThat(Path.parse(t).segments()).hasSize(200_000);
      } catch (ExpressionSyntaxException e) {
        throw new AssertionError(e);
      }
    });
    String brackets = "$" + "[".repeat(200_000);
    assertThatThrownBy(() -> Path.parse(brackets)).isInstanceOf(ExpressionSyntaxException.class);
    String filter = "$[?(" + "(".repeat(200_000) + ")]";
    assertThatThrownBy(() -> Path.parse(filter)).isInstanceOf(ExpressionSyntaxException.class);
  }
}
