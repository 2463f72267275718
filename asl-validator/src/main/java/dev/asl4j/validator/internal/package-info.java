/**
 * The validator's rules: one class per rule family, each reading the raw JSON tree through a
 * {@code Definition} (scopes and states) and writing findings into a {@code Sink}. Not an API:
 * only {@code Validation} is public, for {@code AslValidator}.
 */
package dev.asl4j.validator.internal;
