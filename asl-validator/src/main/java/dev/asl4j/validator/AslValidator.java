package dev.asl4j.validator;

import dev.asl4j.parser.AslParser;
import dev.asl4j.parser.ParseResult;
import dev.asl4j.parser.model.StateMachineType;

/**
 * Checks every static rule AWS enforces on a definition, collecting all diagnostics. Thread-safe.
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
    return new AslValidator(AslParser.create());
  }

  /** A validator that parses with {@code parser}. */
  public static AslValidator create(AslParser parser) {
    return new AslValidator(parser);
  }

  /** Parses and validates {@code text}. */
  public ValidationResult validate(String text, String fileName, StateMachineType type) {
    return validate(parser.parse(text, fileName), type);
  }

  /** Validates an already parsed document (its parse diagnostics are included). */
  public ValidationResult validate(ParseResult parsed, StateMachineType type) {
    throw new UnsupportedOperationException("STUB: rules not written yet");
  }
}
