package dev.asl4j.parser.expr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A parsed intrinsic function call such as {@code States.Format('Hi {}', $.name)}.
 *
 * @param name the function name as written, e.g. {@code States.Format}
 * @param args the arguments in order
 */
public record IntrinsicCall(String name, List<Arg> args) {
  public IntrinsicCall {
    args = List.copyOf(args);
  }

  /** One argument of a call. */
  public sealed interface Arg permits LiteralArg, PathArg, CallArg {}

  /** A string ({@code 'text'}, escapes resolved), number, boolean or {@code null} literal. */
  public record LiteralArg(JsonNode value) implements Arg {}

  /** A path argument ({@code $.a}, {@code $$.b}, {@code $var}). */
  public record PathArg(Path path) implements Arg {}

  /** A nested call. */
  public record CallArg(IntrinsicCall call) implements Arg {}

  /** Whether {@code text} looks like an intrinsic call ({@code Name(...)}) rather than a path. */
  public static boolean looksLikeCall(String text) {
    return text != null && !text.startsWith("$") && text.indexOf('(') > 0;
  }

  /**
   * Parses a call. Nesting deeper than {@link IntrinsicParser#MAX_NESTING} levels, unknown
   * syntax, or an open escape is a syntax error; arity and function names are checked by the
   * validator.
   */
  public static IntrinsicCall parse(String text) throws ExpressionSyntaxException {
    return IntrinsicParser.parse(text);
  }

  /** The call rendered back to source text (parsing it again gives an equal call). */
  public String toSource() {
    return IntrinsicParser.render(this);
  }
}
