package dev.asl4j.cli;

import dev.asl4j.parser.model.StateMachineType;
import dev.asl4j.validator.AslValidator;
import dev.asl4j.validator.ValidationResult;

/** Validates one document; the seam where tests put a fake validator. Must be thread-safe. */
@FunctionalInterface
interface Checker {
  ValidationResult check(String text, String fileName, StateMachineType type);

  /** The real validator with every rule. */
  static Checker standard() {
    AslValidator validator = AslValidator.create();
    return validator::validate;
  }
}
