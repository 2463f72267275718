package dev.asl4j.interpreter.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Random;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** States.MathAdd, MathRandom and UUID. */
final class MathFunctions {
  private MathFunctions() {}

  /**
   * Each argument is rounded the way Java's {@code Math.round} does (half up, towards positive
   * infinity) before adding: AWS returns 1 for {@code MathAdd(-0.5, 0.5)} and -1 for {@code
   * MathAdd(-1.5, 0)}.
   */
  static JsonNode add(IntrinsicArgs a) {
    long sum;
    try {
      sum = Math.addExact(rounded(a, 0), rounded(a, 1));
    } catch (ArithmeticException e) {
      throw a.fail("the sum is out of range");
    }
    return sum == (int) sum ? IntNode.valueOf((int) sum) : LongNode.valueOf(sum);
  }

  private static long rounded(IntrinsicArgs a, int i) {
    a.number(i);
    JsonNode n = a.get(i);
    if (n.isIntegralNumber()) {
      if (!n.canConvertToLong()) {
        throw a.fail(i, "a number in range");
      }
      return n.longValue();
    }
    return Math.round(n.doubleValue());
  }

  /**
   * A random integer between start and end, both included. A seed makes the result repeatable
   * ({@code java.util.Random} seeded with it); without one the injected generator is used.
   */
  static JsonNode random(IntrinsicArgs a, RandomGenerator unseeded) {
    long start = a.integer(0);
    long end = a.integer(1);
    if (start > end) {
      throw a.fail("the start " + start + " is greater than the end " + end);
    }
    RandomGenerator generator = a.size() == 3 ? new Random(seed(a)) : unseeded;
    long value = generator.nextLong(start, end + 1);
    return IntNode.valueOf((int) value);
  }

  private static long seed(IntrinsicArgs a) {
    Long seed = Json.wholeNumber(a.get(2));
    if (seed == null) {
      throw a.fail(2, "an integer");
    }
    return seed;
  }

  /** A version 4 (random) UUID. */
  static JsonNode uuid(RandomGenerator random) {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new TextNode(new UUID(high, low).toString());
  }
}
