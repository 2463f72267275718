package dev.asl4j.interpreter.testcase;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One mocked task outcome.
 *
 * @param kind what happens
 * @param value the result ({@link Kind#RETURN})
 * @param error the error ({@link Kind#THROW})
 * @param cause the cause ({@link Kind#THROW}), or null
 * @param recordedParameters the input AWS sent, for picking among responses, or null
 */
public record MockResponse(
    Kind kind, JsonNode value, String error, String cause, JsonNode recordedParameters) {
  /** The outcome types. */
  public enum Kind {
    /** The task returns {@code value}. */
    RETURN,
    /** The task fails with {@code error}/{@code cause}. */
    THROW,
    /** The task never answers and runs into its timeout. */
    TIMEOUT
  }

  public static MockResponse returning(JsonNode value) {
    return new MockResponse(Kind.RETURN, value, null, null, null);
  }

  public static MockResponse throwing(String error, String cause) {
    return new MockResponse(Kind.THROW, null, error, cause, null);
  }

  public static MockResponse timingOut() {
    return new MockResponse(Kind.TIMEOUT, null, "States.Timeout", null, null);
  }
}
