package dev.asl4j.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One recorded history event in compact form. The details JSON (with payloads serialized to
 * text) is only built when someone asks for the history, so recording costs one small object.
 * Which fields are used depends on the type; see {@link EventDetails}.
 */
final class Ev {
  final EventType type;
  /** Assigned by {@link EventLog#add}. */
  long id;
  final long prev;
  /** The time as seconds and nanos rather than an Instant: 16 bytes less per retained event. */
  private final long seconds;

  private final int nanos;
  /** State name (entered/exited/evaluation), Map state name (iterations). */
  String name;
  /** input / output / parameters. */
  JsonNode data;
  /** Variables assigned on exit, or null. */
  JsonNode assigned;
  String error;
  String cause;
  String resourceType;
  String resource;
  /** roleArn, region, workerName, mapRunArn or location, by type. */
  String extra;
  /** timeoutInSeconds, index or length; negative when absent. */
  long a = -1;
  /** heartbeatInSeconds; negative when absent. */
  long b = -1;

  Ev(EventType type, long prev, Instant time) {
    this.type = type;
    this.prev = prev;
    this.seconds = time.getEpochSecond();
    this.nanos = time.getNano();
  }

  Instant time() {
    return Instant.ofEpochSecond(seconds, nanos);
  }
}
