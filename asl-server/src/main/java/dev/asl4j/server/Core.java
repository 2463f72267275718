package dev.asl4j.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.Execution;
import dev.asl4j.server.spi.ServerStore;
import dev.asl4j.server.spi.ServerStore.Kind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every operation shares: the engine, the store, the server's region and account, the
 * executions still held by the engine (for history and StopExecution) and a JSON mapper.
 */
final class Core {
  static final ObjectMapper JSON = new ObjectMapper();

  final AslEngine engine;
  final ServerStore store;
  final String region;
  final String account;
  final Definitions definitions;
  final MockCases mocks;
  final ScheduledExecutorService timers;
  final Map<String, Execution> live = new ConcurrentHashMap<>();
  final int maxLive;

  Core(AslEngine engine, ServerStore store, String region, String account, MockCases mocks,
      ScheduledExecutorService timers, int maxLive) {
    this.engine = engine;
    this.store = store;
    this.region = region;
    this.account = account;
    this.definitions = new Definitions(engine);
    this.mocks = mocks;
    this.timers = timers;
    this.maxLive = maxLive;
  }

  /** The engine's clock, to the millisecond as AWS reports dates. */
  Instant now() {
    return engine.scheduler().now().truncatedTo(ChronoUnit.MILLIS);
  }

  static String uuid() {
    return UUID.randomUUID().toString();
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** AWS's JSON protocol writes timestamps as epoch seconds. */
  static void putDate(ObjectNode o, String field, Instant t) {
    if (t != null) {
      o.put(field, t.toEpochMilli() / 1000.0);
    }
  }

  static Instant dateOf(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : Instant.ofEpochMilli(Math.round(v.asDouble() * 1000));
  }

  static String text(JsonNode value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The engine's execution: started here, or resumed from the durable store; null if neither. */
  Execution execution(String arn) {
    Execution ex = live.get(arn);
    if (ex == null && engine.durability().isPresent()) {
      ex = engine.durability().get().execution(arn).orElse(null);
    }
    return ex;
  }

  /** The state machine (unqualified) record, or {@code StateMachineDoesNotExist}. */
  ObjectNode machine(String arn) {
    return store.get(Kind.STATE_MACHINE, arn)
        .orElseThrow(() -> ApiError.stateMachineDoesNotExist(arn));
  }
}
