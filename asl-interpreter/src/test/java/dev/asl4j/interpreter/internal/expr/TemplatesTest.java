package dev.asl4j.interpreter.internal.expr;

import static dev.asl4j.interpreter.internal.expr.TestScope.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.asl4j.parser.expr.JsonataExpr;
import dev.asl4j.parser.expr.Path;
import dev.asl4j.parser.expr.Template;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TemplatesTest {
  private final Templates templates = new Templates(new Intrinsics(new SplittableRandom(3)));
  private final TestScope scope =
      new TestScope(json("{\"Execution\":{\"Name\":\"run-1\"}}"), Map.of("v", json("5")));

  private JsonNode eval(String template, String input) throws Exception {
    return templates.evaluate(MiniMachine.template(json(template), "/States/S/Parameters"),
        json(input), scope, JsonataHook.NONE);
  }

  @Test
  void evaluatesNestedTemplates() throws Exception {
    JsonNode out = eval(
        "{\"a.$\":\"$.x\",\"b\":{\"c.$\":\"$$.Execution.Name\",\"d\":[1,{\"e.$\":\"$v\"}]},"
            + "\"f.$\":\"States.Format('{}!', $.x)\",\"g\":\"plain $.x\"}",
        "{\"x\":\"hi\"}");
    assertThat(out).isEqualTo(json("{\"a\":\"hi\",\"b\":{\"c\":\"run-1\",\"d\":[1,{\"e\":5}]},"
        + "\"f\":\"hi!\",\"g\":\"plain $.x\"}"));
  }

  @Test
  void literalsAreSharedNotCopied() throws Exception {
    JsonNode literal = json("{\"big\":[1,2,3]}");
    Template t = new Template.Literal("/x", literal);
    assertThat(templates.evaluate(t, json("{}"), scope, JsonataHook.NONE)).isSameAs(literal);
  }

  @Test
  void missingPathCauseMatchesAws() {
    // AWS (recorded, floci-io/floci#2521): compact input text, the key with its .$ suffix
    assertThatThrownBy(() -> eval("{\"missing.$\":\"$.nope.deep\"}", "{\"other\": 1}"))
        .isInstanceOfSatisfying(AslException.class, e -> {
          assertThat(e.error().name()).isEqualTo("States.Runtime");
          assertThat(e.error().cause()).isEqualTo("The JSONPath '$.nope.deep' specified for the"
              + " field 'missing.$' could not be found in the input '{\"other\":1}'");
          assertThat(e.statePrefixed()).isTrue();
        });
  }

  @Test
  void topLevelPathNamesItsField() throws Exception {
    Template t = new Template.PathValue("/States/fail/ErrorPath", Path.parse("$.ErrorX"));
    assertThatThrownBy(() -> templates.evaluate(t, json("{\"Error\":\"e\"}"), scope,
        JsonataHook.NONE))
        .isInstanceOfSatisfying(AslException.class, e -> assertThat(e.error().cause())
            .isEqualTo("The JSONPath '$.ErrorX' specified for the field 'ErrorPath' could not be"
                + " found in the input '{\"Error\":\"e\"}'"));
    assertThat(Templates.fieldOf("/States/a~1b/x~0y.$")).isEqualTo("x~y.$");
  }

  @Test
  void jsonataPartsGoToTheHook() {
    JsonataHook hook = (expr, pointer) ->
        expr.source().equals("undefined") ? null : new TextNode(expr.source() + "@" + pointer);
    Template t = new Template.Obj("/Output", List.of(
        new Template.Field("a", false, new Template.JsonataValue("/Output/a",
            new JsonataExpr(" $x "))),
        new Template.Field("gone", false, new Template.JsonataValue("/Output/gone",
            new JsonataExpr("undefined"))),
        new Template.Field("arr", false, new Template.Arr("/Output/arr", List.of(
            new Template.JsonataValue("/Output/arr/0", new JsonataExpr("undefined")),
            new Template.Literal("/Output/arr/1", json("1")))))));
    assertThat(templates.evaluate(t, json("{}"), scope, hook))
        .isEqualTo(json("{\"a\":\" $x @/Output/a\",\"arr\":[1]}"));
    Template j = new Template.JsonataValue("/Output", new JsonataExpr("1"));
    assertThatThrownBy(() -> templates.evaluate(j, json("{}"), scope, JsonataHook.NONE))
        .isInstanceOf(IllegalStateException.class);
  }
}
