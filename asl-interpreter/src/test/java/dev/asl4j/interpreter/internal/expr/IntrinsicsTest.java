package dev.asl4j.interpreter.internal.expr;

import static dev.asl4j.interpreter.internal.expr.TestScope.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.expr.IntrinsicCall;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntrinsicsTest {
  private static final JsonNode INPUT =
      json("{\"s\":\"a,b\",\"arr\":[1,2,3,2],\"obj\":{\"k\":1},\"n\":null,\"x\":1.5}");
  private static final TestScope SCOPE =
      new TestScope(json("{\"StateMachine\":{\"Id\":\"arn:sm\",\"Name\":\"sm-1\"}}"),
          Map.of("v", json("[\"q\"]")));
  private final Intrinsics intrinsics = new Intrinsics(new SplittableRandom(42));

  private JsonNode eval(String call) throws Exception {
    return intrinsics.evaluate(IntrinsicCall.parse(call), INPUT, SCOPE, "f.$");
  }

  private AslException failure(String call) {
    try {
      eval(call);
    } catch (AslException e) {
      assertThat(e.error().name()).isEqualTo("States.Runtime");
      assertThat(e.statePrefixed()).isTrue();
      return e;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("expected " + call + " to fail");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "States.Format('a {} b {}', $.s, 7)|\"a a,b b 7\"",
        "States.Format('\\{\\}{}', $.obj)|\"{}{k=1}\"",
        "States.Format('{}', $.arr)|\"[1, 2, 3, 2]\"",
        "States.Format('{} {} {}', $.n, true, 1.5)|\"null true 1.5\"",
        "States.Format('it\\'s {}', $$.StateMachine)|\"it's {Id=arn:sm, Name=sm-1}\"",
        "States.StringSplit($.s, ',')|[\"a\",\"b\"]",
        "States.StringSplit('a--b-', '-')|[\"a\",\"b\"]",
        "States.StringToJson('{\"a\": [1]}')|{\"a\":[1]}",
        "States.StringToJson('  ')|null",
        "States.JsonToString($.obj)|\"{\\\"k\\\":1}\"",
        "States.JsonMerge($.obj, States.StringToJson('{\"k\":2,\"z\":3}'), false)|{\"k\":2,\"z\":3}",
        "States.Array($.n, 1, $v)|[null,1,[\"q\"]]",
        "States.Array()|[]",
        "States.ArrayPartition($.arr, 3)|[[1,2,3],[2]]",
        "States.ArrayContains($.arr, 3)|true",
        "States.ArrayContains($.arr, 3.0)|true",
        "States.ArrayContains($.arr, '3')|false",
        "States.ArrayRange(10, 0, -5)|[10,5,0]",
        "States.ArrayRange(0, 3, -1)|[]",
        "States.ArrayGetItem($.arr, 3)|2",
        "States.ArrayLength($v)|1",
        "States.ArrayUnique($.arr)|[1,2,3]",
        "States.ArrayUnique(States.Array(1, 1.0, $.obj, States.StringToJson('{\"k\":1}')))|[1,{\"k\":1}]",
        "States.Base64Encode('é')|\"w6k=\"",
        "States.Base64Decode('w6k=')|\"é\"",
        "States.Hash('input data', 'SHA-384')|\"d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562\"",
        "States.MathAdd(2147483647, 1)|2147483648",
        "States.MathAdd($.x, -1)|1",
        "States.MathRandom(5, 5)|5",
      })
  void evaluates(String call, String expected) throws Exception {
    assertThat(eval(call)).isEqualTo(json(expected));
  }

  @Test
  void seededRandomIsRepeatable() throws Exception {
    JsonNode a = eval("States.MathRandom(1, 1000, 7)");
    JsonNode b = new Intrinsics(new SplittableRandom(1))
        .evaluate(IntrinsicCall.parse("States.MathRandom(1, 1000, 7)"), INPUT, SCOPE, "f.$");
    assertThat(a).isEqualTo(b);
    assertThat(a.intValue()).isBetween(1, 1000);
  }

  @Test
  void uuidIsVersion4AndComesFromTheInjectedGenerator() throws Exception {
    String u = eval("States.UUID()").textValue();
    assertThat(u).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    String again = new Intrinsics(new SplittableRandom(42))
        .evaluate(IntrinsicCall.parse("States.UUID()"), INPUT, SCOPE, "f.$").textValue();
    assertThat(again).isEqualTo(u);
  }

  @Test
  void failures() {
    assertThat(failure("States.Format('{} {}', 1)").error().cause()).contains("placeholders");
    assertThat(failure("States.Format('{}', 1, 2)").error().cause()).contains("placeholders");
    failure("States.Format(1)");
    failure("States.StringToJson('{')");
    failure("States.StringToJson(1)");
    failure("States.JsonMerge($.obj, $.obj, true)");
    failure("States.JsonMerge($.arr, $.obj, false)");
    failure("States.ArrayPartition($.arr, 0)");
    failure("States.ArrayPartition($.arr, 1.5)");
    failure("States.ArrayRange(0, 10, 0)");
    failure("States.ArrayRange(0, 1000, 1)");
    failure("States.ArrayRange(0.5, 10, 1)");
    failure("States.ArrayGetItem($.arr, 4)");
    failure("States.ArrayGetItem($.arr, -1)");
    failure("States.ArrayLength($.obj)");
    failure("States.Base64Decode('***')");
    failure("States.Hash('x', 'SHA-999')");
    failure("States.MathAdd('1', 2)");
    failure("States.MathRandom(5, 1)");
    failure("States.Nope()");
    failure("States.UUID(1)");
    failure("States.ArrayLength()");
  }

  @Test
  void textLimits() throws Exception {
    String big = "a".repeat(TextFunctions.MAX_TEXT);
    JsonNode input = json("{\"big\":\"" + big + "\",\"bigger\":\"" + big + "b\"}");
    IntrinsicCall ok = IntrinsicCall.parse("States.Base64Encode($.big)");
    assertThat(intrinsics.evaluate(ok, input, SCOPE, "f.$").textValue()).isNotEmpty();
    for (String f : new String[] {"Base64Encode($.bigger)", "Base64Decode($.bigger)",
        "Hash($.bigger, 'MD5')"}) {
      IntrinsicCall tooBig = IntrinsicCall.parse("States." + f);
      assertThatThrownBy(() -> intrinsics.evaluate(tooBig, input, SCOPE, "f.$"))
          .isInstanceOf(AslException.class);
    }
    assertThat(eval("States.ArrayLength(States.ArrayRange(1, 1000, 1))")).isEqualTo(json("1000"));
  }

  @Test
  void missingPathArgument() {
    AslException e = failure("States.Array($.missing)");
    assertThat(e.error().cause()).contains("$.missing").contains("f.$");
  }
}
