package dev.asl4j.cli;

/** A mistake in how the command was called (exit status 2); the message names the option or file. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
