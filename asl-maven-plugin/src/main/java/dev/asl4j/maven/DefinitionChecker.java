package dev.asl4j.maven;

import dev.asl4j.parser.model.StateMachineType;
import dev.asl4j.validator.AslValidator;
import dev.asl4j.validator.ValidationResult;

/** Validates one document; the seam where tests put a fake validator. */
@FunctionalInterface
interface DefinitionChecker {
  ValidationResult check(String text, String fileName, StateMachineType type);

  static DefinitionChecker standard() {
    AslValidator validator = AslValidator.create();
    return validator::validate;
  }
}
