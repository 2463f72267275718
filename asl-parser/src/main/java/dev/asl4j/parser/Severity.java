package dev.asl4j.parser;

/** How serious a {@link Diagnostic} is. Only {@link #ERROR} makes a definition invalid. */
public enum Severity {
  ERROR,
  WARNING,
  INFO
}
