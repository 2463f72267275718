package dev.asl4j.parser;

import dev.asl4j.parser.internal.ParserImpl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Turns ASL definitions (JSON or YAML text) into the immutable model, collecting diagnostics
 * instead of throwing. Thread-safe; one instance can parse many documents.
 *
 * <pre>{@code
 * ParseResult r = AslParser.create().parse(text, "order.asl.json");
 * r.diagnostics().forEach(d -> System.err.println(d.render(r.fileName(), r.sourceText())));
 * StateMachine sm = r.model().orElseThrow();
 * }</pre>
 */
public final class AslParser {
  /** Default maximum nesting depth of a document. */
  public static final int DEFAULT_MAX_DEPTH = 512;

  /** Default maximum size of a document in characters (AWS's definition limit is 1 MiB). */
  public static final int DEFAULT_MAX_CHARS = 4 * 1024 * 1024;

  private final int maxDepth;
  private final int maxChars;

  private AslParser(int maxDepth, int maxChars) {
    this.maxDepth = maxDepth;
    this.maxChars = maxChars;
  }

  /** A parser with the default limits. */
  public static AslParser create() {
    return new AslParser(DEFAULT_MAX_DEPTH, DEFAULT_MAX_CHARS);
  }

  /** A copy of this parser with other limits. */
  public AslParser withLimits(int maxDepth, int maxChars) {
    if (maxDepth < 8) {
      throw new IllegalArgumentException("maxDepth (" + maxDepth + ") must be at least 8");
    }
    if (maxChars < 2) {
      throw new IllegalArgumentException("maxChars (" + maxChars + ") must be at least 2");
    }
    return new AslParser(maxDepth, maxChars);
  }

  /**
   * Parses JSON or YAML text. YAML is recognised by the file name ({@code .yaml}/{@code .yml}) or,
   * failing that, by the text not starting with {@code {}.
   */
  public ParseResult parse(String text, String fileName) {
    return ParserImpl.parse(text, fileName, maxDepth, maxChars);
  }

  /** Reads a file as UTF-8 and parses it; the file name in diagnostics is {@code file} as given. */
  public ParseResult parse(java.nio.file.Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }
}
