package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asl4j.parser.expr.IntrinsicCall;
import dev.asl4j.parser.expr.IntrinsicFunctions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Evaluates the 18 {@code States.*} intrinsic functions with AWS's limits and quirks (e.g. {@code
 * States.MathAdd} rounds each argument like Java's {@code Math.round}, {@code States.Format}
 * prints objects as {@code {k=v}}). Failures are {@link AslException}s with {@code States.Runtime}.
 *
 * <p>Randomness ({@code States.UUID}, unseeded {@code States.MathRandom}) comes from the generator
 * given at construction, so tests can make it deterministic.
 *
 * <pre>{@code
 * Intrinsics intrinsics = new Intrinsics(new SplittableRandom());
 * JsonNode v = intrinsics.evaluate(IntrinsicCall.parse("States.ArrayLength($.items)"), input, scope, "n.$");
 * }</pre>
 */
public final class Intrinsics {
  /** AWS's payload quota, the default bound of one result. */
  public static final long DEFAULT_MAX_RESULT_BYTES = 262_144;

  private final RandomGenerator random;
  private final long maxResultBytes;

  /** @param random the source of {@code States.UUID} and unseeded {@code States.MathRandom} */
  public Intrinsics(RandomGenerator random) {
    this(random, DEFAULT_MAX_RESULT_BYTES);
  }

  /**
   * @param maxResultBytes the largest result a function that builds text or arrays from its
   *     arguments (States.Format, JsonToString, Array, Hash's input) may make, checked before it is
   *     built: {@code States.DataLimitExceeded} otherwise
   */
  public Intrinsics(RandomGenerator random, long maxResultBytes) {
    this.random = Objects.requireNonNull(random, "random");
    if (maxResultBytes < 1) {
      throw new IllegalArgumentException("maxResultBytes (" + maxResultBytes + ") must be positive");
    }
    this.maxResultBytes = maxResultBytes;
  }

  /**
   * Evaluates {@code call}; its paths apply to {@code input} ({@code $}), the Context object
   * ({@code $$}) and variables ({@code $name}).
   *
   * @param field the definition field holding the call (e.g. {@code id.$}), named in causes
   */
  public JsonNode evaluate(IntrinsicCall call, JsonNode input, Scope scope, String field) {
    return evaluate(call, input, scope, () -> field);
  }

  /** {@link #evaluate(IntrinsicCall, JsonNode, Scope, String)} naming the field only on failure. */
  JsonNode evaluate(IntrinsicCall call, JsonNode input, Scope scope, Supplier<String> field) {
    List<IntrinsicCall.Arg> given = call.args();
    List<JsonNode> args = new ArrayList<>(given.size());
    for (int i = 0, n = given.size(); i < n; i++) {
      args.add(argument(given.get(i), input, scope, field));
    }
    String name = call.name();
    IntrinsicFunctions.Signature signature = IntrinsicFunctions.lookup(name).orElse(null);
    if (signature == null) {
      throw Errors.intrinsic(name, "no such intrinsic function");
    }
    if (!signature.accepts(args.size())) {
      throw Errors.intrinsic(name, "it does not take " + args.size() + " argument(s)");
    }
    IntrinsicArgs a = new IntrinsicArgs(name, args);
    checkResultSize(name, args);
    switch (name) {
      case "States.Format": return TextFunctions.format(call, a);
      case "States.StringSplit": return TextFunctions.split(a);
      case "States.Base64Encode": return TextFunctions.base64Encode(a);
      case "States.Base64Decode": return TextFunctions.base64Decode(a);
      case "States.Hash": return TextFunctions.hash(a);
      case "States.StringToJson": return JsonFunctions.stringToJson(a);
      case "States.JsonToString": return JsonFunctions.jsonToString(a);
      case "States.JsonMerge": return JsonFunctions.merge(a);
      case "States.Array": return ArrayFunctions.array(a);
      case "States.ArrayPartition": return ArrayFunctions.partition(a);
      case "States.ArrayContains": return ArrayFunctions.contains(a);
      case "States.ArrayRange": return ArrayFunctions.range(a);
      case "States.ArrayGetItem": return ArrayFunctions.getItem(a);
      case "States.ArrayLength": return ArrayFunctions.length(a);
      case "States.ArrayUnique": return ArrayFunctions.unique(a);
      case "States.MathAdd": return MathFunctions.add(a);
      case "States.MathRandom": return MathFunctions.random(a, random);
      case "States.UUID": return MathFunctions.uuid(random);
      default: throw Errors.intrinsic(name, "no such intrinsic function");
    }
  }

  /**
   * Refuses, before anything is built, a result that would be over the bound: 10,000 arguments of
   * a 250 KB input would otherwise build gigabytes of text first.
   */
  private void checkResultSize(String name, List<JsonNode> args) {
    int to;
    switch (name) {
      case "States.Format":
      case "States.Array":
      case "States.JsonToString":
        to = args.size();
        break;
      case "States.Hash": // AWS's own limit on the data, checked before it is printed as JSON
        if (!args.isEmpty() && !args.get(0).isTextual()
            && JsonSizes.estimate(args.get(0), TextFunctions.MAX_TEXT) > TextFunctions.MAX_TEXT) {
          throw new IntrinsicArgs(name, args).fail("the input must not exceed "
              + TextFunctions.MAX_TEXT + " characters");
        }
        return;
      default:
        return;
    }
    long total = 0;
    for (int i = 0; i < to; i++) {
      total += JsonSizes.estimate(args.get(i), maxResultBytes - total);
      if (total > maxResultBytes) {
        throw Errors.resultTooLarge(name, maxResultBytes);
      }
    }
  }

  private JsonNode argument(
      IntrinsicCall.Arg arg, JsonNode input, Scope scope, Supplier<String> field) {
    if (arg instanceof IntrinsicCall.LiteralArg) {
      return ((IntrinsicCall.LiteralArg) arg).value();
    }
    if (arg instanceof IntrinsicCall.PathArg) {
      IntrinsicCall.PathArg p = (IntrinsicCall.PathArg) arg;
      JsonNode value = Paths.read(p.path(), input, scope);
      if (value == null) {
        throw Errors.intrinsicPathNotFound(p.path(), field.get(), input);
      }
      return value;
    }
    return evaluate(((IntrinsicCall.CallArg) arg).call(), input, scope, field);
  }
}
