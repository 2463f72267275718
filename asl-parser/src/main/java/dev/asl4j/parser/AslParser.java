package dev.asl4j.parser;

import dev.asl4j.parser.internal.ParserImpl;
import dev.asl4j.parser.spi.JsonataSyntaxChecker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Objects;

/**
 * Turns ASL definitions (JSON or YAML text) into the immutable model, collecting diagnostics
 * instead of throwing. Thread-safe; one instance can parse many documents.
 *
 * <p>The parser has no JSONata engine: it checks the {@code {% %}} framing of expressions and
 * hands their text to the {@link JsonataSyntaxChecker} given to {@link #withJsonataChecker}, if
 * any. {@code AslValidator} always gives it the real one, so every tool that validates agrees.
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
  private final JsonataSyntaxChecker jsonata;

  private AslParser(int maxDepth, int maxChars, JsonataSyntaxChecker jsonata) {
    this.maxDepth = maxDepth;
    this.maxChars = maxChars;
    this.jsonata = jsonata;
  }

  /** A parser with the default limits and no JSONata syntax checker (framing only). */
  public static AslParser create() {
    return new AslParser(DEFAULT_MAX_DEPTH, DEFAULT_MAX_CHARS, null);
  }

  /**
   * A copy of this parser that asks {@code checker} about every JSONata expression; a complaint
   * becomes an {@code INVALID_JSONATA} error at the expression's pointer.
   */
  public AslParser withJsonataChecker(JsonataSyntaxChecker checker) {
    return new AslParser(maxDepth, maxChars, Objects.requireNonNull(checker, "checker"));
  }

  /** A copy of this parser with other limits. */
  public AslParser withLimits(int maxDepth, int maxChars) {
    if (maxDepth < 8) {
      throw new IllegalArgumentException("maxDepth (" + maxDepth + ") must be at least 8");
    }
    if (maxChars < 2) {
      throw new IllegalArgumentException("maxChars (" + maxChars + ") must be at least 2");
    }
    return new AslParser(maxDepth, maxChars, jsonata);
  }

  /**
   * Parses JSON or YAML text. YAML is recognised by the file name ({@code .yaml}/{@code .yml}) or,
   * failing that, by the text not starting with {@code {}.
   */
  public ParseResult parse(String text, String fileName) {
    return ParserImpl.parse(text, fileName, maxDepth, maxChars, jsonata);
  }

  /** Reads a file as UTF-8 and parses it; the file name in diagnostics is {@code file} as given. */
  public ParseResult parse(java.nio.file.Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }
}
