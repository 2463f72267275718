package dev.asl4j.interpreter.internal.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.internal.expr.AslException;
import dev.asl4j.interpreter.internal.expr.Scope;
import dev.asl4j.parser.expr.JsonataExpr;
import dev.asl4j.parser.expr.Template;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * Evaluates JSONata expressions the way AWS Step Functions does: {@code $states} and workflow
 * variables bound, the Step Functions functions added, {@code $eval} removed, every failure a
 * {@code States.QueryEvaluationError} with AWS's cause text (state prefix left to the engine).
 * Thread-safe; each expression is compiled once and cached by its text.
 *
 * <pre>{@code
 * JsonataEvaluator jsonata = new JsonataEvaluator(JsonataLimits.defaults(), clock);
 * JsonNode out = jsonata.evaluateTemplate(outputTemplate, states, scope, "Output");
 * JsonNode items = jsonata.evaluateAs(itemsExpr, states, scope, "Items", ValueType.ARRAY);
 * }</pre>
 *
 * <p>{@code states} is the {@code $states} object: {@code {input, result, errorOutput, context}}
 * with whichever members apply. Field names nest as AWS prints them: {@code Output/key} for an
 * object member, {@code Output/list[2]} for an array item (the latter inferred, not yet seen in a
 * recorded case).
 */
public final class JsonataEvaluator {
  private static final int CACHE_LIMIT = 10_000;

  private final JsonataLimits limits;
  private final InstantSource clock;
  private final LongSupplier ticker;
  private final SfnFunctions functions;
  private final Map<String, Object> cache = new ConcurrentHashMap<>();

  /** With {@code $random()}/{@code $uuid()} drawn from {@link ThreadLocalRandom}. */
  public JsonataEvaluator(JsonataLimits limits, InstantSource clock) {
    this(limits, clock, () -> ThreadLocalRandom.current().nextLong());
  }

  /**
   * @param limits bounds of each evaluation
   * @param clock what {@code $now()} and {@code $millis()} read (the engine's, possibly virtual)
   * @param random source of unseeded {@code $random()} and {@code $uuid()}; must be thread-safe
   */
  public JsonataEvaluator(JsonataLimits limits, InstantSource clock, RandomGenerator random) {
    this(limits, clock, random, System::nanoTime);
  }

  JsonataEvaluator(JsonataLimits limits, InstantSource clock, RandomGenerator random, LongSupplier ticker) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.functions = new SfnFunctions(Objects.requireNonNull(random, "random"));
  }

  /** The limits every evaluation runs under. */
  public JsonataLimits limits() {
    return limits;
  }

  /**
   * Evaluates one expression.
   *
   * @return the value, or null when the expression returns nothing (undefined)
   * @throws AslException States.QueryEvaluationError when evaluation fails
   */
  public JsonNode evaluate(JsonataExpr expr, JsonNode states, Scope scope, String fieldName) {
    return run(expr.source(), bindings(states, scope), fieldName);
  }

  /** Like {@link #evaluate} but undefined is an error ("returned nothing (undefined)"). */
  public JsonNode evaluateRequired(JsonataExpr expr, JsonNode states, Scope scope, String fieldName) {
    return required(expr.source(), bindings(states, scope), fieldName);
  }

  /** A defined value of the given type, or the AWS "unexpected result type" error. */
  public JsonNode evaluateAs(JsonataExpr expr, JsonNode states, Scope scope, String fieldName, ValueType type) {
    JsonNode v = required(expr.source(), bindings(states, scope), fieldName, true);
    if (!type.accepts(v)) {
      throw QueryCauses.wrongType(expr.source(), fieldName, type, v);
    }
    return v;
  }

  /**
   * Builds the value of a template whose strings may be JSONata expressions at any depth. Every
   * expression must return a value; {@code $states} and variables are converted once for the
   * whole template.
   *
   * @throws IllegalArgumentException for a JSONPath node (a path or intrinsic), which the parser
   *     never puts in a JSONata field
   */
  public JsonNode evaluateTemplate(Template template, JsonNode states, Scope scope, String fieldName) {
    return build(template, bindings(states, scope), fieldName);
  }

  /** {@link #evaluateTemplate} with a type check when the template is a single expression. */
  public JsonNode evaluateTemplateAs(Template template, JsonNode states, Scope scope, String fieldName, ValueType type) {
    if (template instanceof Template.JsonataValue) {
      return evaluateAs(((Template.JsonataValue) template).expr(), states, scope, fieldName, type);
    }
    return evaluateTemplate(template, states, scope, fieldName);
  }

  /** Compiles every expression of a template ahead of the first run (plan once, run many). */
  public void precompile(Template template) {
    if (template instanceof Template.JsonataValue) {
      lookup(((Template.JsonataValue) template).expr().source());
    } else if (template instanceof Template.Obj) {
      ((Template.Obj) template).fields().forEach(f -> precompile(f.value()));
    } else if (template instanceof Template.Arr) {
      ((Template.Arr) template).items().forEach(this::precompile);
    }
  }

  private Bindings bindings(JsonNode states, Scope scope) {
    return new Bindings(states, scope, new Evaluation(limits, ticker, clock));
  }

  /**
   * @param field the field's name for causes: a String, or a {@link SubField} whose text is only
   *     built when an expression fails
   */
  private JsonNode build(Template t, Bindings b, Object field) {
    if (t instanceof Template.Literal) {
      return ((Template.Literal) t).value();
    }
    if (t instanceof Template.JsonataValue) {
      return required(((Template.JsonataValue) t).expr().source(), b, field);
    }
    if (t instanceof Template.Obj) {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      for (Template.Field f : ((Template.Obj) t).fields()) {
        o.set(f.name(), build(f.value(), b, new SubField(field, f.name(), -1)));
      }
      return o;
    }
    if (t instanceof Template.Arr) {
      List<Template> items = ((Template.Arr) t).items();
      ArrayNode a = JsonNodeFactory.instance.arrayNode(items.size());
      for (int i = 0; i < items.size(); i++) {
        a.add(build(items.get(i), b, new SubField(field, null, i)));
      }
      return a;
    }
    throw new IllegalArgumentException("not a JSONata template node at " + t.pointer() + ": " + t);
  }

  private JsonNode required(String source, Bindings b, Object field) {
    return required(source, b, field, false);
  }

  /**
   * {@code typed}: the field expects a JSON type (Items, TimeoutSeconds...), and a function as
   * the result is AWS's "unsupported result type" rather than undefined.
   */
  private JsonNode required(String source, Bindings b, Object field, boolean typed) {
    JsonNode v = run(source, b, field, typed);
    if (v == null) {
      throw QueryCauses.undefined(source, field.toString());
    }
    return v;
  }

  private JsonNode run(String source, Bindings b, Object field) {
    return run(source, b, field, false);
  }

  private JsonNode run(String source, Bindings b, Object field, boolean typed) {
    Evaluation ev = b.evaluation;
    ev.restart();
    Evaluation previous = ev.enter();
    try {
      CompiledExpression c = lookup(source);
      if (c.statesPath != null) {
        JsonNode direct = StatesPath.read(c.statesPath, b.statesNode);
        if (direct != StatesPath.LIBRARY) {
          return direct;
        }
      }
      Object raw = c.jsonata.evaluate(null, b.frameFor(c));
      if (typed && JsonValues.isFunction(raw)) {
        throw QueryCauses.unsupportedType(source, field.toString());
      }
      return JsonValues.toJson(raw);
    } catch (AslException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // StackOverflowError: a frame the depth bound does not see (deep data, library recursion).
      throw QueryCauses.thrown(source, field.toString(), e);
    } finally {
      Evaluation.restore(previous);
    }
  }

  /** The compiled expression, or the syntax error it raised (also cached, and rethrown). */
  private CompiledExpression lookup(String source) {
    Object c = cache.get(source);
    if (c == null) {
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear(); // a crude bound: definitions come and go in long-lived engines
      }
      c = cache.computeIfAbsent(source, s -> {
        try {
          return CompiledExpression.compile(s, functions);
        } catch (RuntimeException | StackOverflowError e) {
          return e;
        }
      });
    }
    if (c instanceof CompiledExpression) {
      return (CompiledExpression) c;
    }
    if (c instanceof RuntimeException) {
      throw (RuntimeException) c;
    }
    throw (Error) c;
  }

  /**
   * {@code $states} and variables as JSONata values, converted once per template, in one frame
   * that every expression of the template evaluates against (dashjoin copies the frame's bindings
   * into its own per-evaluation frame and never writes to it). A variable is bound the first time
   * an expression names it; binding one that another expression of the template names is harmless,
   * every expression may read every variable.
   */
  private static final class Bindings {
    private final JsonNode statesNode;
    private final Scope scope;
    final Evaluation evaluation;
    private Jsonata.Frame frame;
    private Set<String> looked;

    Bindings(JsonNode statesNode, Scope scope, Evaluation evaluation) {
      this.statesNode = statesNode;
      this.scope = scope;
      this.evaluation = evaluation;
    }

    Jsonata.Frame frameFor(CompiledExpression c) {
      if (frame == null) {
        frame = new Jsonata.Frame(null);
        frame.setEvaluateEntryCallback(evaluation);
        frame.setEvaluateExitCallback(evaluation);
        Object states = states();
        if (states != null) {
          frame.bind("states", states);
        }
      }
      if (scope != null && !c.variableNames.isEmpty()) {
        if (looked == null) {
          looked = new HashSet<>();
        }
        for (String name : c.variableNames) {
          if (looked.add(name)) {
            Object v = JsonViews.toJsonata(scope.variable(name));
            if (v != null) {
              frame.bind(name, v);
            }
          }
        }
      }
      return frame;
    }

    private Object states() {
      if (statesNode == null) {
        return null;
      }
      // $states.context is built only if an expression reads it (see StatesView).
      if (scope != null && statesNode.isObject() && !statesNode.has(StatesView.CONTEXT)) {
        return new StatesView((ObjectNode) statesNode, scope);
      }
      return JsonViews.toJsonata(statesNode);
    }
  }

  /** A field's name for causes ({@code Output/key}, {@code Output/list[2]}), built on demand. */
  private static final class SubField {
    private final Object parent;
    private final String name;
    private final int index;

    SubField(Object parent, String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    @Override
    public String toString() {
      return name != null ? parent + "/" + name : parent + "[" + index + "]";
    }
  }
}
