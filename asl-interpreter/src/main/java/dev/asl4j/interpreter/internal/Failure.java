package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.AslError;

/**
 * An ASL error as the engine carries it: the error name (null when a Fail state names none), the
 * cause, and whether it came from a heartbeat timeout (named {@code States.Timeout} but also
 * matched by {@code States.HeartbeatTimeout}).
 */
record Failure(String error, String cause, boolean heartbeat) {
  static Failure of(String error, String cause) {
    return new Failure(error, cause, false);
  }

  static Failure of(AslError e) {
    return new Failure(e.name(), e.cause(), false);
  }

  /**
   * The Error Output a Catcher passes on: {@code {"Error": ..., "Cause": ...}}, both keys always
   * present (null when unknown, as AWS gives for a SendTaskFailure without them); a timeout's
   * cause is the empty string, as AWS records it.
   */
  ObjectNode errorOutput() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("Error", error);
    o.put("Cause", cause == null && ErrorMatcher.TIMEOUT.equals(error) ? "" : cause);
    return o;
  }
}
