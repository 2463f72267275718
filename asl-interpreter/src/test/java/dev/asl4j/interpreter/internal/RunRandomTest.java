package dev.asl4j.interpreter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class RunRandomTest {
  @Property(tries = 200)
  void drawsWhatSplittableRandomDrawsForTheSameSeed(@ForAll long seed) {
    SplittableRandom ref = new SplittableRandom(seed);
    RunRandom mine = new RunRandom(seed);
    for (int i = 0; i < 20; i++) {
      assertThat(mine.nextLong()).isEqualTo(ref.nextLong());
      assertThat(mine.nextInt()).isEqualTo(ref.nextInt());
      assertThat(mine.nextDouble()).isEqualTo(ref.nextDouble());
      assertThat(mine.nextInt(1, 1000)).isEqualTo(ref.nextInt(1, 1000));
      assertThat(mine.nextInt(37)).isEqualTo(ref.nextInt(37));
      assertThat(mine.nextLong(5, 1L << 40)).isEqualTo(ref.nextLong(5, 1L << 40));
    }
  }

  @Property(tries = 100)
  void aGeneratorRestoredFromItsStateContinuesTheSequence(@ForAll long seed, @ForAll byte n) {
    RunRandom a = new RunRandom(seed);
    for (int i = 0; i < (n & 0x3f); i++) {
      a.nextLong();
    }
    RunRandom b = new RunRandom(a.state());
    for (int i = 0; i < 10; i++) {
      assertThat(b.nextLong()).isEqualTo(a.nextLong());
    }
  }
}
