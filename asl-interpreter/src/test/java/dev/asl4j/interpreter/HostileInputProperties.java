package dev.asl4j.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.spi.VirtualTimeScheduler;
import dev.asl4j.parser.model.StateMachineType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random definitions fed random hostile values (huge and negative numbers, deep nesting, long
 * strings, control characters) in the fields that read them: loading either refuses the
 * definition with diagnostics or gives an execution that ends — never an uncaught throwable, a
 * hang past the configured budgets, or an execution that never ends. The engine's own limits are
 * set small so a run is quick; the guard below only turns a hang into a failure.
 */
class HostileInputProperties {
  private static final JsonNodeFactory N = JsonNodeFactory.instance;
  private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:f";
  private static final ExecutorService GUARD = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "hostile-guard");
    t.setDaemon(true);
    return t;
  });

  @AfterContainer
  static void stop() {
    GUARD.shutdownNow();
  }

  /** State shapes that read {@code $.v} (and {@code $.w}) from the input in every way there is. */
  private static final List<String> SHAPES = List.of(
      "{'Type':'Wait','SecondsPath':'$.v','Next':'END'}",
      "{'Type':'Wait','TimestampPath':'$.v','Next':'END'}",
      "{'Type':'Task','Resource':'" + FN + "','TimeoutSecondsPath':'$.v','Next':'END'}",
      "{'Type':'Task','Resource':'" + FN + "','HeartbeatSecondsPath':'$.v','TimeoutSeconds':5,"
          + "'Next':'END'}",
      "{'Type':'Map','ItemsPath':'$.w','MaxConcurrencyPath':'$.v','ItemProcessor':{'StartAt':'I',"
          + "'States':{'I':{'Type':'Pass','End':true}}},'Next':'END'}",
      "{'Type':'Choice','Choices':[{'Variable':'$.v','NumericGreaterThan':1,'Next':'END'}],"
          + "'Default':'END'}",
      "{'Type':'Choice','Choices':[{'Variable':'$.v','StringMatches':'*a*','Next':'END'}],"
          + "'Default':'END'}",
      "{'Type':'Pass','Parameters':{'x.$':'States.Format(\\'{} {}\\', $.v, $.w)'},'Next':'END'}",
      "{'Type':'Pass','Parameters':{'x.$':'States.JsonToString(States.Array($.v, $.w, $.v))'},"
          + "'Next':'END'}",
      "{'Type':'Pass','Parameters':{'x.$':'States.Hash($.v, \\'SHA-256\\')'},'Next':'END'}",
      "{'Type':'Pass','Parameters':{'x.$':'States.ArrayLength($.w)'},'Next':'END'}",
      "{'Type':'Pass','Parameters':{'x.$':'States.MathAdd($.v, 1)'},'Next':'END'}",
      "{'Type':'Pass','QueryLanguage':'JSONata','Output':'{% $pad($string($states.input.v),"
          + " $count($states.input.w) * 100000, \\'x\\') %}','Next':'END'}",
      "{'Type':'Pass','QueryLanguage':'JSONata','Output':'{% $states.input.w.$states.input.w"
          + ".$states.input.w %}','Next':'END'}",
      "{'Type':'Wait','QueryLanguage':'JSONata','Seconds':'{% $states.input.v %}','Next':'END'}",
      "{'Type':'Pass','Result':true,'ResultPath':'$.fail','Next':'END'}",
      "{'Type':'Pass','ResultPath':'$.v.x.y','Next':'END'}",
      "{'Type':'Pass','Result':true,'ResultPath':'$.loop','Next':'END'}");

  @Property(tries = 150)
  void hostileValuesNeverEscapeOrHang(
      @ForAll("shapes") String shape,
      @ForAll("values") Hostile hv,
      @ForAll("values") Hostile hw,
      @ForAll("names") String name,
      @ForAll boolean express) throws Exception {
    // Every state reachable: S -> END -> (LOOP -> S | F | DONE).
    String def = ("{'StartAt':'S','States':{'S':" + shape + ","
        + "'END':{'Type':'Choice','Choices':["
        + "{'Variable':'$.loop','IsPresent':true,'Next':'LOOP'},"
        + "{'Variable':'$.fail','IsPresent':true,'Next':'F'}],'Default':'DONE'},"
        + "'LOOP':{'Type':'Pass','Next':'S'},"
        + "'F':{'Type':'Fail','ErrorPath':'$.v','CausePath':'$.w'},"
        + "'DONE':{'Type':'Succeed'}}}").replace("'S'", quoted(name))
        .replace("'", "\"").replace("\\\"", "'");
    AslEngine engine = AslEngine.builder().scheduler(new VirtualTimeScheduler())
        .taskHandler(FN, r -> r.input())
        .jsonataTimeout(Duration.ofSeconds(2))
        .historyLimit(2_000)
        .expressEventLimit(5_000)
        .build();
    JsonNode v = hv.node();
    JsonNode w = hw.node();
    ObjectNode input = N.objectNode();
    input.set("v", v);
    input.set("w", w);
    Future<String> outcome = GUARD.submit(() -> {
      StateMachineDefinition d;
      try {
        d = engine.load(def, "hostile.asl.json", LoadOptions.defaults()
            .withType(express ? StateMachineType.EXPRESS : StateMachineType.STANDARD));
      } catch (AslValidationException refused) {
        return "refused " + refused.result().errors().get(0).code();
      }
      Execution ex;
      try {
        ex = d.start(input);
      } catch (IllegalArgumentException refused) {
        return "input refused: " + refused.getMessage(); // over the payload limit, Infinity
      }
      ExecutionResult r = ex.awaitResult(Duration.ofSeconds(60));
      assertThat(r.status()).isNotEqualTo(ExecutionStatus.RUNNING);
      assertThat(ex.completion().toCompletableFuture().isDone()).isTrue();
      if (r.cause() != null) {
        assertThat(r.cause()).as("a crash reported as a failure").doesNotContain("Internal error");
      }
      return r.status().name();
    });
    // Every budget above is seconds at most; a minute means something does not stop.
    String result = outcome.get(90, TimeUnit.SECONDS);
    assertThat(result).isNotBlank();
    net.jqwik.api.statistics.Statistics.collect(result.split(":")[0].split(" ")[0] + (result.startsWith("refused") ? " " + result.split(" ")[1] : "")); // how runs ended
  }

  /** The name as a JSON string literal in single quotes: control characters as \\u escapes. */
  private static String quoted(String name) {
    StringBuilder b = new StringBuilder("'");
    for (char c : name.toCharArray()) {
      b.append(c < 0x20 || c == '\'' || c == '\\' ? String.format("\\u%04x", (int) c)
          : String.valueOf(c));
    }
    return b.append("'").toString();
  }

  @Provide
  Arbitrary<String> shapes() {
    return Arbitraries.of(SHAPES);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.just("S")),
        net.jqwik.api.Tuple.of(1,
        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5)
            .map(s -> "S" + s.replace("\"", ""))),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("S\u001b]0;x\u0007")));
  }

  /** A generated value, printed short in reports (deep nesting cannot be printed as JSON). */
  record Hostile(JsonNode node) {
    @Override
    public String toString() {
      if (node.isArray() && node.size() == 1 && node.get(0).isArray()) {
        int depth = 0;
        for (JsonNode n = node; n.isArray() && n.size() == 1; n = n.get(0)) {
          depth++;
        }
        return "[[... " + depth + " levels ...]]";
      }
      String s = node.toString();
      return s.length() > 80 ? s.substring(0, 80) + "... (" + s.length() + " chars)" : s;
    }
  }

  @Provide
  Arbitrary<Hostile> values() {
    Arbitrary<JsonNode> numbers = Arbitraries.of(
        N.numberNode(new BigDecimal("1e300")), N.numberNode(-1), N.numberNode(0),
        N.numberNode(Long.MAX_VALUE), N.numberNode(Long.MIN_VALUE), N.numberNode(1.5),
        N.numberNode(new BigDecimal("9e18")), N.numberNode(new BigDecimal("-1e-300")),
        N.numberNode(2147483648L), N.numberNode(1e15));
    Arbitrary<JsonNode> strings = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(20).map(N::textNode),
        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(10).map(N::textNode),
        Arbitraries.integers().between(1, 200_000).map(n -> N.textNode("a".repeat(n))),
        Arbitraries.of("2024-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "x", "")
            .map(N::textNode));
    Arbitrary<JsonNode> deep = Arbitraries.integers().between(1, 3_000).map(HostileInputProperties::nested);
    Arbitrary<JsonNode> arrays = Arbitraries.integers().between(0, 3_000).map(n -> {
      ArrayNode a = N.arrayNode();
      for (int i = 0; i < n; i++) {
        a.add(i);
      }
      return a;
    });
    Arbitrary<JsonNode> objects = Combinators.combine(strings, numbers)
        .as((s, n) -> (JsonNode) N.objectNode().<ObjectNode>set("k", s).set("n", n));
    return Arbitraries.oneOf(numbers, strings, deep, arrays, objects,
        Arbitraries.just(N.nullNode()), Arbitraries.just(N.booleanNode(true))).map(Hostile::new);
  }

  private static JsonNode nested(int depth) {
    JsonNode v = N.numberNode(1);
    for (int i = 0; i < depth; i++) {
      v = N.arrayNode().add(v);
    }
    return v;
  }
}
