package dev.asl4j.parser.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.asl4j.parser.AslParser;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Jackson factories configured for one pair of limits. Factories are thread-safe and costly
 * enough to build that the default pair is shared.
 */
final class Factories {
  private static final Factories DEFAULT =
      new Factories(AslParser.DEFAULT_MAX_DEPTH, AslParser.DEFAULT_MAX_CHARS);

  final int maxDepth;
  final int maxChars;
  final JsonFactory json;
  final YAMLFactory yaml;

  private Factories(int maxDepth, int maxChars) {
    this.maxDepth = maxDepth;
    this.maxChars = maxChars;
    // Jackson's own nesting guard sits one level above ours so that ours, which reports a
    // pointer, fires first; strings may be as long as the whole document is allowed to be.
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(maxDepth + 1)
        .maxStringLength(Math.max(maxChars, StreamReadConstraints.DEFAULT_MAX_STRING_LEN))
        .maxNameLength(Math.max(maxChars, StreamReadConstraints.DEFAULT_MAX_NAME_LEN))
        .build();
    this.json = JsonFactory.builder()
        .streamReadConstraints(constraints)
        // Diagnostics carry their own position; echoing the source into messages only adds noise.
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(Math.max(maxChars, loader.getCodePointLimit()));
    loader.setNestingDepthLimit(maxDepth + 1);
    this.yaml = YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(constraints)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  static Factories forLimits(int maxDepth, int maxChars) {
    if (maxDepth == DEFAULT.maxDepth && maxChars == DEFAULT.maxChars) {
      return DEFAULT;
    }
    return new Factories(maxDepth, maxChars);
  }
}
