package dev.asl4j.interpreter.internal;

/** AWS's cause texts, word for word, for errors the engine raises itself. */
final class Causes {
  private Causes() {}

  /** The prefix AWS puts before a runtime error's cause. */
  static String statePrefix(String state, long enteredEventId) {
    return "An error occurred while executing the state '"
        + state
        + "' (entered at the event id #"
        + enteredEventId
        + "). ";
  }

  /** {@code States.DataLimitExceeded} for a state or task result over the payload limit. */
  static String dataLimit(String stateOrResource) {
    return "The state/task '"
        + stateOrResource
        + "' returned a result with a size exceeding the maximum number of bytes service limit.";
  }
}
