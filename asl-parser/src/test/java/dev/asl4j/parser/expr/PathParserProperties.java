package dev.asl4j.parser.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PathParserProperties {

  /** Whatever the text, parsing ends in a Path or an ExpressionSyntaxException. */
  @Property(tries = 3000)
  void neverThrowsAnythingElse(@ForAll("pathLike") String text) {
    for (boolean reference : new boolean[] {false, true}) {
      try {
        Path p = PathParser.parse(text, reference);
        assertThat(p.text()).isEqualTo(text);
        if (reference) {
          assertThat(p.isSimple()).isTrue();
        }
      } catch (ExpressionSyntaxException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }

  /** A path built from quoted names and indexes is simple and round-trips its segments. */
  @Property(tries = 500)
  void bracketPathsAreSimple(@ForAll("segments") List<Path.Segment> segments) throws Exception {
    StringBuilder text = new StringBuilder("$");
    for (Path.Segment s : segments) {
      if (s.isIndex()) {
        text.append('[').append(s.index()).append(']');
      } else {
        text.append("['").append(s.name()).append("']");
      }
    }
    Path p = Path.parseReference(text.toString());
    assertThat(p.segments()).isEqualTo(segments);
  }

  @Provide
  Arbitrary<String> pathLike() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "$", "$$", "$v", ".", "..", "[", "]", "'", "\"", "\\", "*", "?", "(", ")", "@", ",",
            ":", "-", "1", "a", " ", "=~", "/", "x", "é", "\uD83D\uDE00");
    return pieces.list().ofMaxSize(25).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<List<Path.Segment>> segments() {
    Arbitrary<Path.Segment> field =
        Arbitraries.strings().ofMaxLength(8).excludeChars('\'', '\\').map(Path.Segment::field);
    Arbitrary<Path.Segment> index =
        Arbitraries.integers().between(-5, 1000).map(Path.Segment::index);
    return Arbitraries.oneOf(field, index).list().ofMaxSize(6);
  }
}
