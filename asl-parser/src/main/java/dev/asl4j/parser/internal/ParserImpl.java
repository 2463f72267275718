package dev.asl4j.parser.internal;

import dev.asl4j.parser.ParseResult;

/** STUB: the parser implementation. */
public final class ParserImpl {
  private ParserImpl() {}

  public static ParseResult parse(String text, String fileName, int maxDepth, int maxChars) {
    throw new UnsupportedOperationException("not yet");
  }
}
