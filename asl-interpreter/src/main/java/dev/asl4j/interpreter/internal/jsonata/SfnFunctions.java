package dev.asl4j.interpreter.internal.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The functions Step Functions adds to JSONata ({@code $partition}, {@code $range}, {@code $hash},
 * {@code $random}, {@code $uuid}, {@code $parse}), the clock functions bound to the engine's clock,
 * the time-bounded regex functions, and {@code $eval} removed as AWS removes it (calling it fails
 * with T1006, "Attempted to invoke a non-function"). Built once per evaluator; the function
 * objects are stateless and shared by every compiled expression.
 */
final class SfnFunctions {
  private static final Set<String> HASHES = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");
  private static final ObjectReader JSON =
      new ObjectMapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Map<String, JFunction> functions = new LinkedHashMap<>();
  private final RandomGenerator random;

  SfnFunctions(RandomGenerator random) {
    this.random = random;
    BoundedBuiltins.define(functions);
    define("partition", "<an:a>", args -> partition((List<?>) args.get(0), (Number) args.get(1)));
    define("range", "<nnn?:a<n>>", args -> range((Number) args.get(0), (Number) args.get(1), arg(args, 2)));
    define("hash", "<ss:s>", args -> hash((String) args.get(0), (String) args.get(1)));
    define("random", "<n?:n>", args -> random(arg(args, 0)));
    define("uuid", "<:s>", args -> uuid());
    define("parse", "<s:x>", args -> parse((String) args.get(0)));
    define("now", "<s?s?:s>", args -> Functions.dateTimeFromMillis(
        now(), (String) arg(args, 0), (String) arg(args, 1)));
    define("millis", "<:n>", args -> now());
    define("contains", "<s-(sf):b>", args -> RegexFunctions.contains((String) args.get(0), args.get(1)));
    define("match", "<s-f<s:o>n?:a<o>>", args -> RegexFunctions.match(
        (String) args.get(0), args.get(1), arg(args, 2)));
    define("replace", "<s-(sf)(sf)n?:s>", args -> RegexFunctions.replace(
        (String) args.get(0), args.get(1), args.get(2), arg(args, 3)));
    define("split", "<s-(sf)n?:a<s>>", args -> RegexFunctions.split(
        (String) args.get(0), args.get(1), arg(args, 2)));
  }

  /** Binds the functions into a freshly compiled expression, before it is shared. */
  void install(Jsonata expression) {
    functions.forEach(expression::registerFunction);
    // A null binding shadows the built-in: "$eval(...)" then fails like any unbound function.
    expression.assign("eval", null);
  }

  private interface Body {
    Object apply(List<?> args) throws Throwable;
  }

  private void define(String name, String signature, Body body) {
    functions.put(name, new JFunction((input, args) -> body.apply(args), signature));
  }

  @SuppressWarnings("unchecked")
  private static <T> T arg(List<?> args, int i) {
    if (args.size() <= i || args.get(i) == Jsonata.NULL_VALUE) {
      return null;
    }
    return (T) args.get(i);
  }

  private static long now() {
    Evaluation e = Evaluation.current();
    if (e == null) {
      throw new IllegalStateException("$now() outside an evaluation");
    }
    return e.timestamp();
  }

  static Object partition(List<?> array, Number size) {
    if (array == null) {
      return null;
    }
    long n = truncate(size);
    if (n < 1) {
      throw new SfnFunctionError("The chunk size must be a positive integer, but was " + JsonValues.jsNumber(size.doubleValue()));
    }
    List<Object> chunks = new ArrayList<>();
    for (int from = 0; from < array.size(); from += (int) Math.min(n, Integer.MAX_VALUE)) {
      int to = (int) Math.min(array.size(), from + n);
      chunks.add(new ArrayList<>(array.subList(from, to)));
    }
    return chunks;
  }

  /** A sequence, so that a single value comes out unwrapped, as AWS returns it. */
  static Object range(Number start, Number end, Number step) {
    if (start == null || end == null) {
      return null;
    }
    long from = truncate(start);
    long to = truncate(end);
    long by = step == null ? 1 : truncate(step);
    if (by == 0) {
      throw new SfnFunctionError("The step must not be zero");
    }
    // Count in BigInteger: from + k*by can overflow a long long before the loop would end.
    BigInteger span = BigInteger.valueOf(to).subtract(BigInteger.valueOf(from));
    BigInteger count = span.signum() != 0 && span.signum() != Long.signum(by)
        ? BigInteger.ZERO
        : span.divide(BigInteger.valueOf(by)).add(BigInteger.ONE);
    Evaluation e = Evaluation.current();
    if (e != null) {
      e.checkSize(count.min(BigInteger.valueOf(Long.MAX_VALUE / 8)).longValueExact() * 8);
    }
    List<Object> out = Utils.createSequence();
    long v = from;
    for (long i = 0; i < count.longValue(); i++, v += by) {
      out.add(v == (int) v ? (Object) (int) v : (Object) v);
    }
    return out;
  }

  static Object hash(String data, String algorithm) throws NoSuchAlgorithmException {
    if (data == null) {
      return null;
    }
    if (algorithm == null || !HASHES.contains(algorithm)) {
      throw new SfnFunctionError("The hash algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, but was '" + algorithm + "'");
    }
    byte[] digest = MessageDigest.getInstance(algorithm).digest(data.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest);
  }

  /** Seeded: exactly {@code new java.util.Random(seed).nextDouble()}, as AWS computes it. */
  Object random(Number seed) {
    return seed == null ? random.nextDouble() : new Random(truncate(seed)).nextDouble();
  }

  /** A version 4 (random) UUID from the evaluator's random source. */
  Object uuid() {
    long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
    long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(hi, lo).toString();
  }

  static Object parse(String json) {
    if (json == null) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new SfnFunctionError("The string is not valid JSON: " + json);
      }
      return JsonViews.toJsonata(node);
    } catch (JsonProcessingException e) {
      throw new SfnFunctionError("The string is not valid JSON: " + json);
    }
  }

  private static long truncate(Number n) {
    double d = n.doubleValue();
    return n instanceof Long || n instanceof Integer ? n.longValue() : (long) d; // towards zero
  }

  /** A failure of one of these functions, reported after "threw an error during evaluation: ". */
  static final class SfnFunctionError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SfnFunctionError(String message) {
      super(message, null, false, false);
    }
  }
}
