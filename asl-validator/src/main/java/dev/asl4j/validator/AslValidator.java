package dev.asl4j.validator;

import dev.asl4j.parser.AslParser;
import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.DiagnosticCode;
import dev.asl4j.parser.ParseResult;
import dev.asl4j.parser.Severity;
import dev.asl4j.parser.SourceMap;
import dev.asl4j.parser.SourceSpan;
import dev.asl4j.parser.model.StateMachineType;
import dev.asl4j.validator.internal.Validation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks every static rule AWS enforces on a definition, collecting all diagnostics (parse and
 * validation, sorted by position) rather than stopping at the first. Thread-safe. Codes and their
 * AWS equivalents are listed in {@code docs/diagnostics.md}.
 *
 * <pre>{@code
 * ValidationResult r = AslValidator.create().validate(text, "order.asl.json", StateMachineType.STANDARD);
 * if (r.hasErrors()) System.err.println(r.render());
 * }</pre>
 */
public final class AslValidator {
  private final AslParser parser;

  private AslValidator(AslParser parser) {
    this.parser = parser;
  }

  /** A validator with the default parser and every rule. */
  public static AslValidator create() {
    return create(AslParser.create());
  }

  /**
   * A validator that parses with {@code parser} (e.g. one with other size or depth limits). The
   * parser is given the JSONata library's syntax check (replacing any it had), so JSONata
   * expressions get the same verdict from every tool that validates.
   */
  public static AslValidator create(AslParser parser) {
    Objects.requireNonNull(parser, "parser");
    return new AslValidator(parser.withJsonataChecker(Validation.jsonataSyntax()));
  }

  /**
   * Parses and validates {@code text} ({@code type} null means STANDARD). Never throws, whatever
   * the text: every problem is a diagnostic.
   */
  public ValidationResult validate(String text, String fileName, StateMachineType type) {
    ParseResult parsed;
    try {
      parsed = parser.parse(text == null ? "" : text, fileName);
    } catch (RuntimeException | StackOverflowError e) {
      // The parser promises diagnostics, not exceptions; should it break that promise the caller
      // still gets a result rather than a crash.
      Diagnostic d = new Diagnostic(DiagnosticCode.INVALID_JSON_DESCRIPTION, Severity.ERROR,
          "The definition could not be read: " + e, "", SourceSpan.UNKNOWN);
      parsed = new ParseResult(fileName, text, null, Optional.empty(), SourceMap.empty(),
          List.of(d));
    }
    return validate(parsed, type);
  }

  /**
   * Validates an already parsed document; its parse diagnostics are included. When the text was
   * not a JSON object only the parse diagnostics are returned. JSONata syntax was checked (or
   * not) by the parser that made {@code parsed}; {@link #validate(String, String,
   * StateMachineType)} always checks it.
   */
  public ValidationResult validate(ParseResult parsed, StateMachineType type) {
    Objects.requireNonNull(parsed, "parsed");
    return new ValidationResult(parsed, Validation.run(parsed, type));
  }
}
