package dev.asl4j.interpreter.internal;

import java.util.random.RandomGenerator;

/**
 * An execution's own generator (task tokens, States.UUID/MathRandom, retry jitter, Map Run ids)
 * whose whole state is one {@code long}, so a checkpoint stores it and a resumed execution draws
 * the same numbers it would have drawn without the restart. The sequence is SplitMix64 with the
 * golden-ratio increment, the same numbers {@code new SplittableRandom(seed)} gives for every
 * method the engine calls, so seeded runs keep their names and jitter.
 */
final class RunRandom implements RandomGenerator {
  private static final long GAMMA = 0x9e3779b97f4a7c15L;
  private long state;

  RunRandom(long seed) {
    this.state = seed;
  }

  /** The state to store; {@code new RunRandom(state())} continues the same sequence. */
  long state() {
    return state;
  }

  @Override
  public long nextLong() {
    long z = state += GAMMA;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  @Override
  public int nextInt() {
    long z = state += GAMMA;
    z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
    return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
  }
}
