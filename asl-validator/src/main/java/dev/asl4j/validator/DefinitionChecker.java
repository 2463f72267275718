package dev.asl4j.validator;

import dev.asl4j.parser.model.StateMachineType;

/**
 * Validates one document: the seam the tools built on the validator (the {@code asl} CLI, the
 * Maven plugin) call, so their tests can put a fake validator in. Implementations must be
 * thread-safe.
 *
 * <pre>{@code
 * DefinitionChecker check = DefinitionChecker.standard();
 * ValidationResult r = check.check(text, "order.asl.json", StateMachineType.STANDARD);
 * }</pre>
 */
@FunctionalInterface
public interface DefinitionChecker {
  /** Parses and validates {@code text}; never throws for bad input (see {@link AslValidator}). */
  ValidationResult check(String text, String fileName, StateMachineType type);

  /** The real validator with every rule, JSONata syntax included. */
  static DefinitionChecker standard() {
    return AslValidator.create()::validate;
  }
}
