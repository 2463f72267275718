package dev.asl4j.parser.expr;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A string literal of an intrinsic call that was written with escapes. It is the resolved string
 * for every purpose (equality included), and also remembers the text as written, because
 * {@code States.Format} must tell an escaped {@code \{\}} (literal braces) from a {@code {}}
 * placeholder, which the resolved value no longer can.
 */
final class EscapedTextNode extends TextNode {
  private static final long serialVersionUID = 1L;
  private final String source;

  EscapedTextNode(String value, String source) {
    super(value);
    this.source = source;
  }

  /** The literal as written between the quotes, escapes intact. */
  String source() {
    return source;
  }
}
