package dev.asl4j.interpreter.internal.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.internal.expr.Scope;
import dev.asl4j.parser.expr.JsonataExpr;
import dev.asl4j.parser.expr.Template;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the time of one JSONata state of the JSONata pass chain goes: converting our Jackson
 * values to the library's values and back, versus evaluating. Lives in the adapter's package
 * (inside asl-bench) to reach its package-private classes.
 *
 * <ul>
 *   <li>{@code convertInViews}: what the adapter converts for {@code $states.input.payload.amount}
 *       (lazy views: one lookup per step);
 *   <li>{@code convertEagerly}: the whole {@code $states} converted up front, what an adapter
 *       without views would pay on every expression;
 *   <li>{@code convertResultBack}: a 3-field result object back to Jackson;
 *   <li>{@code libraryOnly}: dashjoin evaluating the expression on values converted beforehand;
 *   <li>{@code adapterExpression}: the same expression through {@link JsonataEvaluator}, which
 *       reads such a plain path without the library ({@code StatesPath});
 *   <li>{@code adapterLibraryExpression}: the same path in parentheses, so through the library
 *       with the adapter's conversion, limits and error mapping;
 *   <li>{@code adapterOutputTemplate}: one whole chain state's {@code Output} (4 expressions).
 * </ul>
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonataConversionBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "$states.input.payload.amount";
  private static final Scope NO_VARS = new Scope() {
    @Override
    public JsonNode contextObject() {
      return JSON.createObjectNode();
    }

    @Override
    public JsonNode variable(String name) {
      return null;
    }

    @Override
    public Map<String, JsonNode> allVariables() {
      return Map.of();
    }
  };

  private ObjectNode states;
  private Object preconverted;
  private Jsonata library;
  private JsonataEvaluator evaluator;
  private JsonataExpr expr;
  private JsonataExpr libraryExpr;
  private Template output;
  private Map<String, Object> result;

  /** Builds {@code $states} as the chain's state 1 sees it and checks both paths agree. */
  @Setup
  public void setUp() throws IOException {
    JsonNode input = JSON.readTree("{\"orderId\":\"ord-0001\",\"payload\":{\"amount\":42.5,\"currency\":\"EUR\"},"
        + "\"last\":{\"step\":0,\"orderId\":\"ord-0001\",\"amount\":42.5}}");
    states = JSON.createObjectNode();
    states.set("input", input);
    states.set("context", JSON.readTree("{\"Execution\":{\"Id\":\"arn:x\",\"Input\":{}},"
        + "\"State\":{\"Name\":\"Step0001\",\"EnteredTime\":\"2024-01-01T00:00:00.000Z\",\"RetryCount\":0}}"));
    preconverted = eager(states);
    library = Jsonata.jsonata(PATH);
    library.setValidateInput(false);
    evaluator = new JsonataEvaluator(JsonataLimits.defaults(), Clock.systemUTC());
    expr = new JsonataExpr(PATH);
    libraryExpr = new JsonataExpr("(" + PATH + ")");
    output = new Template.Obj("/States/S/Output", List.of(
        field("orderId", "$states.input.orderId"),
        field("payload", "$states.input.payload"),
        new Template.Field("last", false, new Template.Obj("/States/S/Output/last", List.of(
            new Template.Field("step", false, new Template.Literal("/States/S/Output/last/step", JSON.valueToTree(1))),
            field("orderId", "$states.input.orderId"),
            field("amount", "$states.input.payload.amount"))))));
    result = new LinkedHashMap<>();
    result.put("step", 1);
    result.put("orderId", "ord-0001");
    result.put("amount", 42.5);
    Object lib = libraryOnly();
    JsonNode ours = evaluator.evaluate(expr, states, NO_VARS, "Output");
    JsonNode viaLibrary = evaluator.evaluate(libraryExpr, states, NO_VARS, "Output");
    if (!JsonValues.toJson(lib).equals(ours) || !ours.equals(viaLibrary) || ours.doubleValue() != 42.5) {
      throw new IllegalStateException("library " + lib + " vs adapter " + ours);
    }
    JsonNode out = evaluator.evaluateTemplate(output, states, NO_VARS, "Output");
    if (!out.path("last").path("amount").equals(input.path("payload").path("amount"))) {
      throw new IllegalStateException("template gave " + out);
    }
  }

  private static Template.Field field(String name, String source) {
    return new Template.Field(name, false, new Template.JsonataValue("/States/S/Output/" + name, new JsonataExpr(source)));
  }

  /** Lazy views, reading what the path reads. */
  @Benchmark
  public Object convertInViews() {
    Map<?, ?> s = (Map<?, ?>) JsonViews.toJsonata(states);
    Map<?, ?> in = (Map<?, ?>) s.get("input");
    return ((Map<?, ?>) in.get("payload")).get("amount");
  }

  /** Everything converted up front (the cost lazy views avoid). */
  @Benchmark
  public Object convertEagerly() {
    return eager(states);
  }

  /** A 3-field library result back to Jackson. */
  @Benchmark
  public JsonNode convertResultBack() {
    return JsonValues.toJson(result);
  }

  /** dashjoin alone, {@code $states} converted beforehand and bound in a fresh frame. */
  @Benchmark
  public Object libraryOnly() {
    Jsonata.Frame f = library.createFrame();
    f.bind("states", preconverted);
    return library.evaluate(null, f);
  }

  /** The same expression through the adapter. */
  @Benchmark
  public JsonNode adapterExpression() {
    return evaluator.evaluate(expr, states, NO_VARS, "Output");
  }

  /** The same value through the adapter and the library. */
  @Benchmark
  public JsonNode adapterLibraryExpression() {
    return evaluator.evaluate(libraryExpr, states, NO_VARS, "Output");
  }

  /** One chain state's Output template (4 expressions, one shared frame). */
  @Benchmark
  public JsonNode adapterOutputTemplate() {
    return evaluator.evaluateTemplate(output, states, NO_VARS, "Output");
  }

  private static Object eager(JsonNode n) {
    switch (n.getNodeType()) {
      case OBJECT: {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          m.put(e.getKey(), eager(e.getValue()));
        }
        return m;
      }
      case ARRAY: {
        List<Object> l = new ArrayList<>(n.size());
        n.forEach(c -> l.add(eager(c)));
        return l;
      }
      case STRING:
        return n.textValue();
      case NUMBER:
        return n.isInt() ? (Object) n.intValue() : (Object) n.doubleValue();
      case BOOLEAN:
        return n.booleanValue();
      default:
        return null;
    }
  }
}
