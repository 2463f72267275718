package dev.asl4j.server;

import dev.asl4j.interpreter.AslEngine;
import dev.asl4j.interpreter.AslValidationException;
import dev.asl4j.interpreter.LoadOptions;
import dev.asl4j.interpreter.StateMachineDefinition;
import dev.asl4j.parser.Diagnostic;
import dev.asl4j.parser.model.StateMachineType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Compiled definitions by key (a state machine revision or a version ARN): compiled once, on the
 * first execution after a restart when the store is durable. An invalid definition is AWS's
 * {@code InvalidDefinition} with every error in its wording.
 */
final class Definitions {
  private static final int MAX_LISTED_ERRORS = 10;

  private final AslEngine engine;
  private final Map<String, StateMachineDefinition> loaded = new ConcurrentHashMap<>();

  Definitions(AslEngine engine) {
    this.engine = engine;
  }

  /**
   * Validates and compiles {@code text} as machine {@code name} with ARN {@code arn} (which the
   * engine also uses to find it from nested StartExecution tasks), and caches it under {@code key}.
   */
  StateMachineDefinition load(String key, String arn, String name, String type, String text) {
    StateMachineDefinition d = compile(arn, name, type, text);
    loaded.put(key, d);
    return d;
  }

  StateMachineDefinition get(String key, String arn, String name, String type, String text) {
    StateMachineDefinition d = loaded.get(key);
    return d != null ? d : load(key, arn, name, type, text);
  }

  /** Validates only; {@code InvalidDefinition} when there are errors. */
  StateMachineDefinition compile(String arn, String name, String type, String text) {
    try {
      return engine.load(text, name + ".asl.json",
          LoadOptions.defaults().withName(name).withArn(arn).withType(StateMachineType.valueOf(type)));
    } catch (AslValidationException e) {
      throw invalid(e.result().errors());
    }
  }

  static ApiError invalid(List<Diagnostic> errors) {
    String listed = errors.stream().limit(MAX_LISTED_ERRORS)
        .map(d -> d.code().awsCode() + ": " + d.message() + " at " + d.location())
        .collect(Collectors.joining(", "));
    return new ApiError("InvalidDefinition", "Invalid State Machine Definition: '" + listed + "'");
  }
}
